namespace Custos.Application.Customers.Files;

/// <summary>One column of a customer data file: its CSV header name, its JSON property name and whether it is required.</summary>
internal sealed record CustomerFileColumn(string CsvName, string JsonName, bool Required);

/// <summary>
/// The columns of one customer data file, in the order the writer writes them. The column indexes are the positions in
/// <see cref="Columns"/>; the record builders refer to them through the constants of each schema.
/// </summary>
internal sealed class CustomerFileSchema
{
    private readonly Dictionary<string, int> _byCsvName;
    private readonly Dictionary<string, int> _byJsonName;

    private CustomerFileSchema(string fileName, string jsonArrayName, CustomerFileColumn[] columns)
    {
        FileName = fileName;
        JsonArrayName = jsonArrayName;
        Columns = columns;
        _byCsvName = columns.Select((c, i) => (c.CsvName, i)).ToDictionary(p => p.CsvName, p => p.i, StringComparer.Ordinal);
        _byJsonName = columns.Select((c, i) => (c.JsonName, i)).ToDictionary(p => p.JsonName, p => p.i, StringComparer.Ordinal);
    }

    public string FileName { get; }

    /// <summary>The property of a customer object holding these items in the JSON form (empty for the customers themselves).</summary>
    public string JsonArrayName { get; }

    public IReadOnlyList<CustomerFileColumn> Columns { get; }

    /// <summary>The index of the <c>account_id</c> column, which JSON items nested in a customer do not carry.</summary>
    public int AccountIdColumn => _byCsvName["account_id"];

    public bool TryGetCsvColumn(string name, out int index) => _byCsvName.TryGetValue(name, out index);

    public bool TryGetJsonColumn(string name, out int index) => _byJsonName.TryGetValue(name, out index);

    private static CustomerFileColumn Req(string csv, string json) => new(csv, json, Required: true);

    private static CustomerFileColumn Opt(string csv, string json) => new(csv, json, Required: false);

    public static class CustomerColumns
    {
        public const int AccountId = 0, GivenName = 1, FamilyName = 2, NativeName = 3, DateOfBirth = 4, PlaceOfBirth = 5,
            Nationality = 6, ResidenceCountry = 7, Email = 8, Phone = 9, AddressLine = 10, City = 11, PostalCode = 12,
            Status = 13, OpenedAt = 14;
    }

    public static readonly CustomerFileSchema Customers = new(CustomerDataFiles.Customers, "", [
        Req("account_id", "accountId"), Req("given_name", "givenName"), Req("family_name", "familyName"),
        Opt("native_name", "nativeName"), Opt("date_of_birth", "dateOfBirth"), Opt("place_of_birth", "placeOfBirth"),
        Opt("nationality", "nationality"), Req("residence_country", "residenceCountry"), Opt("email", "email"),
        Opt("phone", "phone"), Opt("address_line", "addressLine"), Opt("city", "city"), Opt("postal_code", "postalCode"),
        Req("status", "status"), Req("opened_at", "openedAt"),
    ]);

    public static class PermitColumns
    {
        public const int AccountId = 0, Country = 1, Kind = 2, ValidFrom = 3, ValidUntil = 4;
    }

    public static readonly CustomerFileSchema ResidencePermits = new(CustomerDataFiles.ResidencePermits, "residencePermits", [
        Req("account_id", "accountId"), Req("country", "country"), Req("kind", "kind"), Req("valid_from", "validFrom"),
        Opt("valid_until", "validUntil"),
    ]);

    public static class KycColumns
    {
        public const int AccountId = 0, Kind = 1, IssuingCountry = 2, Number = 3, IssuedOn = 4, ExpiresOn = 5, VerifiedAt = 6;
    }

    public static readonly CustomerFileSchema KycDocuments = new(CustomerDataFiles.KycDocuments, "kycDocuments", [
        Req("account_id", "accountId"), Req("kind", "kind"), Req("issuing_country", "issuingCountry"), Req("number", "number"),
        Opt("issued_on", "issuedOn"), Opt("expires_on", "expiresOn"), Req("verified_at", "verifiedAt"),
    ]);

    public static class WalletColumns
    {
        public const int AccountId = 0, Asset = 1, Address = 2, CreatedAt = 3;
    }

    public static readonly CustomerFileSchema Wallets = new(CustomerDataFiles.Wallets, "wallets", [
        Req("account_id", "accountId"), Req("asset", "asset"), Req("address", "address"), Req("created_at", "createdAt"),
    ]);

    public static class TransactionColumns
    {
        public const int TransactionId = 0, AccountId = 1, Kind = 2, OccurredAt = 3, Asset = 4, Amount = 5, WalletAddress = 6,
            CounterpartyAddress = 7, TxHash = 8, CounterAsset = 9, CounterAmount = 10;
    }

    public static readonly CustomerFileSchema Transactions = new(CustomerDataFiles.Transactions, "transactions", [
        Req("transaction_id", "transactionId"), Req("account_id", "accountId"), Req("kind", "kind"),
        Req("occurred_at", "occurredAt"), Req("asset", "asset"), Req("amount", "amount"), Opt("wallet_address", "walletAddress"),
        Opt("counterparty_address", "counterpartyAddress"), Opt("tx_hash", "txHash"), Opt("counter_asset", "counterAsset"),
        Opt("counter_amount", "counterAmount"),
    ]);

    public static class LoginColumns
    {
        public const int LoginId = 0, AccountId = 1, OccurredAt = 2, IpAddress = 3, Device = 4;
    }

    public static readonly CustomerFileSchema Logins = new(CustomerDataFiles.Logins, "logins", [
        Req("login_id", "loginId"), Req("account_id", "accountId"), Req("occurred_at", "occurredAt"),
        Req("ip_address", "ipAddress"), Opt("device", "device"),
    ]);

    public static class HoldingColumns
    {
        public const int AccountId = 0, Asset = 1, Amount = 2, AsOf = 3;
    }

    public static readonly CustomerFileSchema Holdings = new(CustomerDataFiles.Holdings, "holdings", [
        Req("account_id", "accountId"), Req("asset", "asset"), Req("amount", "amount"), Req("as_of", "asOf"),
    ]);

    /// <summary>The item schemas nested in a customer in the JSON form, in the order the writer writes them.</summary>
    public static readonly CustomerFileSchema[] Nested = [ResidencePermits, KycDocuments, Wallets, Transactions, Logins, Holdings];
}
