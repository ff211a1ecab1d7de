using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Domain.Requests;
using static Custos.Application.Customers.Files.CustomerDataFormat;

namespace Custos.Application.Production;

/// <summary>
/// The records of one category produced for one target: the columns and the rows, in the text forms of the customer
/// data files. Build them from the customer store's records with the factory of the category (<see cref="Subscriber"/>,
/// <see cref="KycIdentity"/>, <see cref="LoginIp"/>, <see cref="Transactions"/>, <see cref="Balances"/>); the store holds
/// no payment-source or content records, so those come through <see cref="Other"/>. Rows are made when the package is
/// written, not held twice.
/// </summary>
public sealed class ProductionRecords
{
    private static readonly ProductionColumn[] SubscriberColumns = Columns(
        "accountId", "givenName", "familyName", "nativeName", "email", "phone", "addressLine", "city", "postalCode",
        "residenceCountry", "status", "openedAt");

    private static readonly ProductionColumn[] KycColumns = Columns(
        "accountId", "dateOfBirth", "placeOfBirth", "nationality", "documentKind", "issuingCountry", "documentNumber",
        "issuedOn", "expiresOn", "verifiedAt");

    private static readonly ProductionColumn[] LoginColumns = Columns("loginId", "accountId", "occurredAt", "ipAddress", "device");

    private static readonly ProductionColumn[] TransactionColumns = Columns(
        "transactionId", "accountId", "kind", "occurredAt", "asset", "amount", "walletAddress", "counterpartyAddress", "txHash",
        "counterAsset", "counterAmount");

    private static readonly ProductionColumn[] HoldingColumns = Columns("accountId", "asset", "amount", "asOf");

    private readonly Func<IEnumerable<ProductionRow>> _rows;
    private readonly Func<IEnumerable<DateTimeOffset?>> _times;

    private ProductionRecords(
        DataCategory category, IReadOnlyList<ProductionColumn> columns, int count, Func<IEnumerable<ProductionRow>> rows, Func<IEnumerable<DateTimeOffset?>>? times = null)
    {
        Category = category;
        Fields = columns;
        Count = count;
        _rows = rows;
        _times = times ?? (() => rows().Select(r => r.At));
    }

    /// <summary>The category these records belong to.</summary>
    public DataCategory Category { get; }

    /// <summary>The fields, in file order.</summary>
    public IReadOnlyList<ProductionColumn> Fields { get; }

    /// <summary>How many records.</summary>
    public int Count { get; }

    /// <summary>The records, made on each enumeration.</summary>
    public IEnumerable<ProductionRow> Rows => _rows();

    /// <summary>When each record happened (<see cref="ProductionRow.At"/>), in row order, without making the rows.</summary>
    public IEnumerable<DateTimeOffset?> Times => _times();

    /// <summary><c>subscriber</c>: name, address, e-mail, phone, when the account was opened and its status.</summary>
    public static ProductionRecords Subscriber(IReadOnlyCollection<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return new(DataCategory.Subscriber, SubscriberColumns, customers.Count, () => customers.Select(c => new ProductionRow(
            [c.AccountId, c.GivenName, c.FamilyName, c.NativeName, c.Email, c.Phone, c.AddressLine, c.City, c.PostalCode,
             c.ResidenceCountry, KebabCase.Format(c.Status), FormatTimestamp(c.OpenedAt)], null)), () => customers.Select(_ => (DateTimeOffset?)null));
    }

    /// <summary><c>kyc-identity</c>: date and place of birth and nationality, with each identity document (one row per document; a customer without one gets one row).</summary>
    public static ProductionRecords KycIdentity(IReadOnlyCollection<Customer> customers, IReadOnlyCollection<KycDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(documents);
        var byAccount = documents.ToLookup(d => d.AccountId, StringComparer.Ordinal);
        var count = customers.Sum(c => Math.Max(1, byAccount[c.AccountId].Count()));
        return new(DataCategory.KycIdentity, KycColumns, count, () => customers.SelectMany(c =>
            byAccount[c.AccountId].Any()
                ? byAccount[c.AccountId].Select(d => Kyc(c, d))
                : [Kyc(c, null)]), () => Enumerable.Repeat<DateTimeOffset?>(null, count));

        static ProductionRow Kyc(Customer c, KycDocument? d) => new(
            [c.AccountId, FormatDate(c.DateOfBirth), c.PlaceOfBirth, c.Nationality, d is null ? null : KebabCase.Format(d.Kind),
             d?.IssuingCountry, d?.Number, FormatDate(d?.IssuedOn), FormatDate(d?.ExpiresOn), d is null ? null : FormatTimestamp(d.VerifiedAt)], null);
    }

    /// <summary><c>login-ip</c>: sign-ins with their times, IP addresses and devices.</summary>
    public static ProductionRecords LoginIp(IReadOnlyCollection<LoginEvent> logins)
    {
        ArgumentNullException.ThrowIfNull(logins);
        return new(DataCategory.LoginIp, LoginColumns, logins.Count, () => logins.Select(l => new ProductionRow(
            [l.LoginId, l.AccountId, FormatTimestamp(l.OccurredAt), l.IpAddress, l.Device], l.OccurredAt)),
            () => logins.Select(l => (DateTimeOffset?)l.OccurredAt));
    }

    /// <summary><c>transactions</c>: deposits, withdrawals and trades, with the wallet addresses used.</summary>
    public static ProductionRecords Transactions(IReadOnlyCollection<Transaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        return new(DataCategory.Transactions, TransactionColumns, transactions.Count, () => transactions.Select(t => new ProductionRow(
            [t.TransactionId, t.AccountId, KebabCase.Format(t.Kind), FormatTimestamp(t.OccurredAt), t.Asset, FormatDecimal(t.Amount),
             t.WalletAddress, t.CounterpartyAddress, t.TxHash, t.CounterAsset, FormatDecimal(t.CounterAmount)], t.OccurredAt)),
            () => transactions.Select(t => (DateTimeOffset?)t.OccurredAt));
    }

    /// <summary><c>balances</c>: holdings on the dates within the range.</summary>
    public static ProductionRecords Balances(IReadOnlyCollection<Holding> holdings)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        return new(DataCategory.Balances, HoldingColumns, holdings.Count, () => holdings.Select(h => new ProductionRow(
            [h.AccountId, h.Asset, FormatDecimal(h.Amount), FormatDate(h.AsOf)], Midnight(h.AsOf))), () => holdings.Select(h => (DateTimeOffset?)Midnight(h.AsOf)));
    }

    /// <summary>Records of a category the customer store does not hold (payment sources, content), in columns the caller names.</summary>
    public static ProductionRecords Other(DataCategory category, IReadOnlyList<ProductionColumn> columns, IReadOnlyList<ProductionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Cells.Count != columns.Count))
        {
            throw new ArgumentException("Every row has one value per column.", nameof(rows));
        }

        return new(category, columns, rows.Count, () => rows);
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static ProductionColumn[] Columns(params string[] jsonNames) =>
        [.. jsonNames.Select(n => new ProductionColumn(n, Snake(n)))];

    private static string Snake(string camel) => KebabCase.ToKebab(camel).Replace('-', '_');
}
