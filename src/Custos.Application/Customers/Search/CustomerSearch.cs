using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Customers.Search;

/// <summary>
/// Finds customers for the console and the staff API: by account id, e-mail, phone, wallet address or (part of) a name.
/// A search shows who matches — name, countries, status — and never birth dates, addresses, contact details or
/// documents (those open only with a request, see <see cref="Records.CustomerRecords"/>). Each search is a ledger
/// event naming the customers its page showed; the whole customer base is not listed.
/// </summary>
public sealed class CustomerSearch(CustosDbContext db, EventRecorder events)
{
    public const int MaxPageSize = 200;

    /// <summary>The most characters a search may have.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>One customer as a search shows them.</summary>
    public sealed record Hit(string AccountId, string GivenName, string FamilyName, string? NativeName, string? Nationality, string ResidenceCountry, AccountStatus Status);

    /// <summary>One page of customers, and the total that matched.</summary>
    public sealed record Page(IReadOnlyList<Hit> Customers, int Total, int Skip, int Take);

    /// <summary>
    /// One page of the customers matching <paramref name="query"/> as <paramref name="actor"/> may see them; the search is
    /// ledgered (the query in the private details, the customers shown as references). A refusal is ledgered too.
    /// </summary>
    public async Task<Result<Page>> SearchAsync(Actor actor, string? query, int skip, int take, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadCustomerData, "customers", cancellationToken) is { } denied)
        {
            return denied;
        }

        var text = query?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return CustomerAccessRules.QueryRequired;
        }

        if (text.Length > MaxQueryLength)
        {
            return Error.Invalid("customers.query-too-long", $"A search may have at most {MaxQueryLength} characters.", "q");
        }

        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxPageSize);
        // Exactly the address, found through its lower-case index (the only index on wallet addresses).
        var lowerText = CustosDbContext.LowerAscii(text);
        var walletOwners = db.Wallets.Where(w => CustosDbContext.SqlLower(w.Address) == lowerText && w.Address == text).Select(w => w.AccountId);
        var pattern = SqlLike.Containing(CustomerSearchText.Fold(text));
        var customers = db.Customers.AsNoTracking().Where(c =>
            c.AccountId == text ||
            walletOwners.Contains(c.AccountId) ||
            EF.Functions.Like(EF.Property<string>(c, CustosDbContext.SearchTextProperty), pattern, SqlLike.EscapeCharacter));
        var total = await customers.CountAsync(cancellationToken);
        var page = await customers.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.AccountId)
            .Skip(skip).Take(take)
            .Select(c => new Hit(c.AccountId, c.GivenName, c.FamilyName, c.NativeName, c.Nationality, c.ResidenceCountry, c.Status))
            .ToListAsync(cancellationToken);
        events.Record(db, LedgerEventTypes.CustomersSearched, actor, "customers", new
        {
            query = text,
            skip,
            take,
            total,
            shown = page.Count,
            channel,
        }, page.Select(h => Records.CustomerRecords.Subject(h.AccountId)).ToArray());
        await db.SaveChangesAsync(cancellationToken);
        return new Page(page, total, skip, take);
    }

    /// <summary>How many customers the platform's data holds, and when it was last imported.</summary>
    public sealed record Summary(int Customers, DateTimeOffset? LastImport);

    /// <summary>The size and age of the customer data (no customer's data).</summary>
    public async Task<Summary> SummaryAsync(CancellationToken cancellationToken = default) =>
        new(
            await db.Customers.CountAsync(cancellationToken),
            (await db.CustomerImports.AsNoTracking().Select(i => i.FinishedAt).ToListAsync(cancellationToken)).Select(f => (DateTimeOffset?)f).Max());
}
