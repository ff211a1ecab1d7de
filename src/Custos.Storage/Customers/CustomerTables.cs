using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Storage.Bulk;

namespace Custos.Storage.Customers;

/// <summary>The bulk-write shape of each platform-data table (same columns as the migration scripts).</summary>
internal static class CustomerTables
{
    private const ColumnKind T = ColumnKind.Text;

    public static BulkTable<Customer> Customers(DateTimeOffset importedAt) => new(
        "customers",
        [
            ("account_id", T), ("given_name", T), ("family_name", T), ("native_name", T), ("date_of_birth", ColumnKind.Date),
            ("place_of_birth", T), ("nationality", T), ("residence_country", T), ("email", T), ("phone", T),
            ("address_line", T), ("city", T), ("postal_code", T), ("status", T), ("opened_at", ColumnKind.Timestamp),
            ("search_text", T), ("imported_at", ColumnKind.Timestamp),
        ],
        ["account_id"],
        c =>
        [
            c.AccountId, c.GivenName, c.FamilyName, c.NativeName, c.DateOfBirth, c.PlaceOfBirth, c.Nationality,
            c.ResidenceCountry, c.Email, c.Phone, c.AddressLine, c.City, c.PostalCode, KebabCase.Format(c.Status),
            c.OpenedAt, CustomerSearchText.For(c), importedAt,
        ]);

    public static readonly BulkTable<ResidencePermit> ResidencePermits = new(
        "residence_permits",
        [("account_id", T), ("country", T), ("kind", T), ("valid_from", ColumnKind.Date), ("valid_until", ColumnKind.Date)],
        ["account_id", "country", "kind", "valid_from"],
        p => [p.AccountId, p.Country, KebabCase.Format(p.Kind), p.ValidFrom, p.ValidUntil]);

    public static readonly BulkTable<KycDocument> KycDocuments = new(
        "kyc_documents",
        [
            ("account_id", T), ("kind", T), ("issuing_country", T), ("number", T), ("issued_on", ColumnKind.Date),
            ("expires_on", ColumnKind.Date), ("verified_at", ColumnKind.Timestamp),
        ],
        ["account_id", "kind", "issuing_country", "number"],
        d => [d.AccountId, KebabCase.Format(d.Kind), d.IssuingCountry, d.Number, d.IssuedOn, d.ExpiresOn, d.VerifiedAt]);

    public static readonly BulkTable<Wallet> Wallets = new(
        "wallets",
        [("asset", T), ("address", T), ("account_id", T), ("created_at", ColumnKind.Timestamp)],
        ["asset", "address"],
        w => [w.Asset, w.Address, w.AccountId, w.CreatedAt]);

    public static readonly BulkTable<Transaction> Transactions = new(
        "transactions",
        [
            ("transaction_id", T), ("account_id", T), ("kind", T), ("occurred_at", ColumnKind.Timestamp), ("asset", T),
            ("amount", ColumnKind.Number), ("wallet_address", T), ("counterparty_address", T), ("tx_hash", T),
            ("counter_asset", T), ("counter_amount", ColumnKind.Number),
        ],
        ["transaction_id"],
        t =>
        [
            t.TransactionId, t.AccountId, KebabCase.Format(t.Kind), t.OccurredAt, t.Asset, t.Amount, t.WalletAddress,
            t.CounterpartyAddress, t.TxHash, t.CounterAsset, t.CounterAmount,
        ]);

    public static readonly BulkTable<LoginEvent> Logins = new(
        "logins",
        [("login_id", T), ("account_id", T), ("occurred_at", ColumnKind.Timestamp), ("ip_address", T), ("device", T)],
        ["login_id"],
        l => [l.LoginId, l.AccountId, l.OccurredAt, l.IpAddress, l.Device]);

    public static readonly BulkTable<Holding> Holdings = new(
        "holdings",
        [("account_id", T), ("asset", T), ("as_of", ColumnKind.Date), ("amount", ColumnKind.Number)],
        ["account_id", "asset", "as_of"],
        h => [h.AccountId, h.Asset, h.AsOf, h.Amount]);

    /// <summary>Child tables first: the order in which a full replacement deletes.</summary>
    public static readonly IReadOnlyList<string> DeleteOrder =
        ["holdings", "logins", "transactions", "wallets", "kyc_documents", "residence_permits", "customers"];
}
