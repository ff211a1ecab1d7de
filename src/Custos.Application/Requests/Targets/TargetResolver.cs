using System.Globalization;
using System.Runtime.CompilerServices;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests.Targets;

/// <summary>
/// Resolves the targets of a data request against the platform's customer data: which customers each one reaches and
/// how (exactly, as name candidates, or in bulk). Counts are computed in SQL; only a sample of account ids is read.
/// The same queries run on SQLite and PostgreSQL, and each uses an index (schema version 4) except the name search.
/// </summary>
public sealed class TargetResolver(CustosDbContext db)
{
    /// <summary>The most account ids a resolution lists.</summary>
    public const int SampleSize = 50;

    public async Task<TargetResolution> ResolveAsync(Target target, int position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (key, problem) = TargetValues.Normalise(target.Type, target.Value);
        if (key is null)
        {
            var shown = string.IsNullOrWhiteSpace(target.Value) ? "" : $" \"{TargetValues.Abbreviate(target.Value)}\"";
            return new TargetResolution(position, target.Type, target.Value, TargetMatch.Invalid, 0, [],
                $"Invalid {KebabCase.Format(target.Type)}{shown}: {problem}.");
        }

        var accounts = Accounts(target.Type, key);
        // One round trip when the target reaches no more accounts than a sample holds (an exact target reaches one):
        // the sample is then every account, and its size is the reach. Only a larger reach is counted separately.
        var sample = await Ordered(accounts).Take(SampleSize + 1).ToListAsync(ct);
        var reach = sample.Count;
        if (reach > SampleSize)
        {
            sample.RemoveAt(SampleSize);
            reach = await accounts.Distinct().CountAsync(ct);
        }

        var match = target.Type switch
        {
            TargetType.CounterpartyOfWallet or TargetType.Country => TargetMatch.Bulk,
            _ when reach == 0 => TargetMatch.NotFound,
            TargetType.Name => TargetMatch.Candidates,
            _ => TargetMatch.Exact,
        };
        var explanation = target.Type == TargetType.CounterpartyOfWallet
            ? await CounterpartyExplanationAsync(key, reach, ct)
            : Explain(target.Type, key, reach);
        return new TargetResolution(position, target.Type, target.Value, match, reach, sample, explanation);
    }

    /// <summary>Resolves every target in request order, one after the other (a context runs one query at a time).</summary>
    public async Task<IReadOnlyList<TargetResolution>> ResolveAllAsync(IReadOnlyList<Target> targets, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var resolutions = new List<TargetResolution>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            resolutions.Add(await ResolveAsync(targets[i], i, ct));
        }

        return resolutions;
    }

    /// <summary>
    /// Every account id the target reaches (for a name, every candidate), each once, in ordinal order, streamed from the
    /// database. An invalid target reaches nothing.
    /// </summary>
    public async IAsyncEnumerable<string> AccountsAsync(Target target, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (key, _) = TargetValues.Normalise(target.Type, target.Value);
        if (key is null)
        {
            yield break;
        }

        await foreach (var account in Ordered(Accounts(target.Type, key)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return account;
        }
    }

    /// <summary>Whether the target reaches <paramref name="accountId"/> (an invalid target reaches nobody); one indexed query.</summary>
    public async Task<bool> ReachesAsync(TargetType type, string? value, string accountId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        var (key, _) = TargetValues.Normalise(type, value);
        return key is not null && await Accounts(type, key).AnyAsync(a => a == accountId, ct);
    }

    /// <summary>The account ids a valid target reaches, possibly repeated. Each branch is written to use an index.</summary>
    private IQueryable<string> Accounts(TargetType type, string key)
    {
        var customers = db.Customers.AsNoTracking();
        switch (type)
        {
            case TargetType.Account:
                return customers.Where(c => c.AccountId == key).Select(c => c.AccountId);
            case TargetType.Email:
                return customers.Where(c => CustosDbContext.SqlLower(c.Email) == key).Select(c => c.AccountId);
            case TargetType.Phone:
                // Exactly the expression of ix_customers_phone_key (TargetValues.PhoneSeparators removed).
                return customers
                    .Where(c => c.Phone!.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "").Replace(".", "").Replace("/", "") == key)
                    .Select(c => c.AccountId);
            case TargetType.Wallet:
                return WalletOwners(key);
            case TargetType.Txid:
                var forms = TargetValues.TxHashForms(key);
                return db.Transactions.AsNoTracking().Where(t => forms.Contains(t.TxHash!)).Select(t => t.AccountId);
            case TargetType.CounterpartyOfWallet:
                var transactions = db.Transactions.AsNoTracking();
                if (TargetValues.IsHexAddress(key))
                {
                    return transactions.Where(t => CustosDbContext.SqlLower(t.CounterpartyAddress) == key).Select(t => t.AccountId);
                }

                // Case-sensitive, through the same index (schema version 18): it carries the address for the second test.
                var lowerKey = CustosDbContext.LowerAscii(key);
                return transactions.Where(t => CustosDbContext.SqlLower(t.CounterpartyAddress) == lowerKey && t.CounterpartyAddress == key)
                    .Select(t => t.AccountId);
            case TargetType.Name:
                foreach (var word in TargetValues.NameWords(key))
                {
                    // Whole words in any order: search_text is the folded names (both scripts), e-mail, phone and account id.
                    var pattern = "% " + SqlLike.Escape(word) + " %";
                    customers = customers.Where(c =>
                        EF.Functions.Like(" " + EF.Property<string>(c, CustosDbContext.SearchTextProperty) + " ", pattern, SqlLike.EscapeCharacter));
                }

                return customers.Select(c => c.AccountId);
            case TargetType.Country:
                return customers.Where(c => c.ResidenceCountry == key).Select(c => c.AccountId)
                    .Union(customers.Where(c => c.Nationality == key).Select(c => c.AccountId))
                    .Union(db.ResidencePermits.AsNoTracking().Where(p => p.Country == key).Select(p => p.AccountId));
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Not a target type.");
        }
    }

    private IQueryable<string> WalletOwners(string key)
    {
        // A case-sensitive address is found through the lower-case index too, then compared exactly (schema version 18).
        var wallets = db.Wallets.AsNoTracking();
        var lowerKey = CustosDbContext.LowerAscii(key);
        return (TargetValues.IsHexAddress(key)
                ? wallets.Where(w => CustosDbContext.SqlLower(w.Address) == key)
                : wallets.Where(w => CustosDbContext.SqlLower(w.Address) == lowerKey && w.Address == key))
            .Select(w => w.AccountId);
    }

    /// <summary>Distinct account ids in ordinal order on both providers (PostgreSQL's default collation need not be ordinal).</summary>
    private IQueryable<string> Ordered(IQueryable<string> accounts)
    {
        var ordinal = db.Database.IsSqlite() ? "BINARY" : "C";
        return accounts.Distinct().OrderBy(a => EF.Functions.Collate(a, ordinal));
    }

    private async Task<string> CounterpartyExplanationAsync(string key, int reach, CancellationToken ct)
    {
        var sentence = reach == 0
            ? $"Bulk: no customer sent to or received from {TargetValues.Abbreviate(key)}"
            : $"Bulk: {Customers(reach)} sent to or received from {TargetValues.Abbreviate(key)}";
        var owners = await WalletOwners(key).Distinct().CountAsync(ct);
        return owners == 0 ? sentence + "." : $"{sentence}; the address is itself a wallet of {Customers(owners)} here.";
    }

    private static string Explain(TargetType type, string key, int reach)
    {
        var shown = TargetValues.Abbreviate(key);
        return (type, reach) switch
        {
            (TargetType.Account, 0) => $"No customer has account {shown}.",
            (TargetType.Account, _) => $"Account {shown} belongs to {Customers(reach)}.",
            (TargetType.Email, 0) => $"No customer has the e-mail address {shown} (compared without regard to case).",
            (TargetType.Email, _) => $"E-mail address {shown} belongs to {Customers(reach)}.",
            (TargetType.Phone, 0) => $"No customer has the phone number {shown} (compared as '+' and digits).",
            (TargetType.Phone, _) => $"Phone number {shown} belongs to {Customers(reach)}.",
            (TargetType.Wallet, 0) => $"No customer holds wallet {shown}.",
            (TargetType.Wallet, _) => $"Wallet {shown} belongs to {Customers(reach)}.",
            (TargetType.Txid, 0) => $"No customer's transactions include {shown}.",
            (TargetType.Txid, _) => $"Transaction {shown} is in the records of {Customers(reach)}.",
            (TargetType.Name, 0) => "Name search gives no candidates.",
            (TargetType.Name, 1) => "Name search gives 1 candidate; a name is never an automatic match.",
            (TargetType.Name, _) => string.Create(CultureInfo.InvariantCulture, $"Name search gives {reach:N0} candidates; a name is never an automatic match."),
            (TargetType.Country, 0) => $"Bulk: no customer is linked to {shown} by residence, nationality or a residence permit.",
            (TargetType.Country, _) => $"Bulk: {Customers(reach)} linked to {shown} by residence, nationality or a residence permit.",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a target type with a plain explanation."),
        };
    }

    private static string Customers(int count) =>
        count == 1 ? "1 customer" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} customers");
}
