using Custos.Domain.Customers;
using Custos.Domain.Requests;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// Reads the customer store's records of given accounts, by account and time (the indexes on <c>(account_id,
/// occurred_at)</c> of transactions and sign-ins, and the primary keys of holdings and identity documents, which start
/// with the account), untracked, in batches of account ids. Results come in a fixed order: by account (ordinal), then
/// time, then id, the same on both providers.
/// </summary>
internal sealed class StoreRecords(CustosDbContext db)
{
    /// <summary>Account ids per query: well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int Batch = 500;

    /// <summary>
    /// The records of <paramref name="category"/> of <paramref name="accounts"/> within <paramref name="days"/> (profiles
    /// and identity documents are not events and are read whole; the store holds no payment sources or content).
    /// </summary>
    public async Task<SnapshotContent> ReadAsync(Target target, DataCategory category, IReadOnlyList<string> accounts, DayBounds days, CancellationToken ct)
    {
        var content = new SnapshotContent
        {
            Category = category, TargetType = target.Type, TargetValue = target.Value, RangeFrom = days.From, RangeTo = days.To, Accounts = accounts,
        };
        return category switch
        {
            DataCategory.Subscriber => content with { Customers = await CustomersAsync(accounts, ct) },
            DataCategory.KycIdentity => content with { Customers = await CustomersAsync(accounts, ct), KycDocuments = await KycDocumentsAsync(accounts, ct) },
            DataCategory.LoginIp => content with { Logins = await LoginsAsync(accounts, days, ct) },
            DataCategory.Transactions => content with { Transactions = await TransactionsAsync(accounts, days, ct) },
            DataCategory.Balances => content with { Holdings = await HoldingsAsync(accounts, days, ct) },
            DataCategory.PaymentSource or DataCategory.Content => content,
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a data category."),
        };
    }

    public async Task<List<Customer>> CustomersAsync(IReadOnlyList<string> accounts, CancellationToken ct)
    {
        var customers = await ByAccountsAsync(accounts, batch => db.Customers.AsNoTracking().Where(c => batch.Contains(c.AccountId)), ct);
        customers.Sort((a, b) => string.CompareOrdinal(a.AccountId, b.AccountId));
        return customers;
    }

    public async Task<List<KycDocument>> KycDocumentsAsync(IReadOnlyList<string> accounts, CancellationToken ct)
    {
        var documents = await ByAccountsAsync(accounts, batch => db.KycDocuments.AsNoTracking().Where(d => batch.Contains(d.AccountId)), ct);
        documents.Sort((a, b) => Compare(a.AccountId, b.AccountId, a.VerifiedAt, b.VerifiedAt, a.Number, b.Number));
        return documents;
    }

    public async Task<List<LoginEvent>> LoginsAsync(IReadOnlyList<string> accounts, DayBounds days, CancellationToken ct)
    {
        var (start, end) = (days.Start, days.End);
        var logins = await ByAccountsAsync(accounts, batch =>
        {
            var query = db.Logins.AsNoTracking().Where(l => batch.Contains(l.AccountId));
            query = start is { } s ? query.Where(l => l.OccurredAt >= s) : query;
            return end is { } e ? query.Where(l => l.OccurredAt < e) : query;
        }, ct);
        logins.Sort(LoginOrder);
        return logins;
    }

    public async Task<List<Transaction>> TransactionsAsync(IReadOnlyList<string> accounts, DayBounds days, CancellationToken ct)
    {
        var (start, end) = (days.Start, days.End);
        var transactions = await ByAccountsAsync(accounts, batch =>
        {
            var query = db.Transactions.AsNoTracking().Where(t => batch.Contains(t.AccountId));
            query = start is { } s ? query.Where(t => t.OccurredAt >= s) : query;
            return end is { } e ? query.Where(t => t.OccurredAt < e) : query;
        }, ct);
        transactions.Sort(TransactionOrder);
        return transactions;
    }

    public async Task<List<Holding>> HoldingsAsync(IReadOnlyList<string> accounts, DayBounds days, CancellationToken ct)
    {
        var (from, to) = (days.From, days.To);
        var holdings = await ByAccountsAsync(accounts, batch =>
        {
            var query = db.Holdings.AsNoTracking().Where(h => batch.Contains(h.AccountId));
            query = from is { } f ? query.Where(h => h.AsOf >= f) : query;
            return to is { } t ? query.Where(h => h.AsOf <= t) : query;
        }, ct);
        holdings.Sort(HoldingOrder);
        return holdings;
    }

    private static async Task<List<T>> ByAccountsAsync<T>(IReadOnlyList<string> accounts, Func<string[], IQueryable<T>> query, CancellationToken ct)
    {
        var all = new List<T>();
        foreach (var batch in accounts.Chunk(Batch))
        {
            all.AddRange(await query(batch).ToListAsync(ct));
        }

        return all;
    }

    /// <summary>Sign-ins by account, time and id.</summary>
    public static int LoginOrder(LoginEvent a, LoginEvent b) => Compare(a.AccountId, b.AccountId, a.OccurredAt, b.OccurredAt, a.LoginId, b.LoginId);

    /// <summary>Transactions by account, time and id.</summary>
    public static int TransactionOrder(Transaction a, Transaction b) =>
        Compare(a.AccountId, b.AccountId, a.OccurredAt, b.OccurredAt, a.TransactionId, b.TransactionId);

    /// <summary>Holdings by account, day and asset.</summary>
    public static int HoldingOrder(Holding a, Holding b)
    {
        var byAccount = string.CompareOrdinal(a.AccountId, b.AccountId);
        var byDay = byAccount != 0 ? byAccount : a.AsOf.CompareTo(b.AsOf);
        return byDay != 0 ? byDay : string.CompareOrdinal(a.Asset, b.Asset);
    }

    private static int Compare(string accountA, string accountB, DateTimeOffset atA, DateTimeOffset atB, string idA, string idB)
    {
        var byAccount = string.CompareOrdinal(accountA, accountB);
        if (byAccount != 0)
        {
            return byAccount;
        }

        var byTime = atA.CompareTo(atB);
        return byTime != 0 ? byTime : string.CompareOrdinal(idA, idB);
    }
}
