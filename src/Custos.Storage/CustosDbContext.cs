using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Custos.Storage;

/// <summary>
/// The one DbContext for both providers. The schema itself comes from the versioned scripts in <c>Migrations/</c>;
/// this model only maps to it (table and column names are explicit and snake_case).
/// </summary>
public sealed class CustosDbContext(DbContextOptions<CustosDbContext> options) : DbContext(options)
{
    /// <summary>Shadow property on customers holding the lower-case text searched by the console.</summary>
    public const string SearchTextProperty = "SearchText";

    /// <summary>
    /// SQL <c>lower()</c>, the same function on both providers, for queries that must use an index on <c>lower(column)</c>
    /// (schema version 4). Only usable inside a query.
    /// </summary>
    public static string SqlLower(string? text) => throw new NotSupportedException($"{nameof(SqlLower)} is translated to SQL and cannot be called directly.");

    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<ResidencePermit> ResidencePermits => Set<ResidencePermit>();
    public DbSet<KycDocument> KycDocuments => Set<KycDocument>();
    public DbSet<Wallet> Wallets => Set<Wallet>();
    public DbSet<Transaction> Transactions => Set<Transaction>();
    public DbSet<LoginEvent> Logins => Set<LoginEvent>();
    public DbSet<Holding> Holdings => Set<Holding>();
    public DbSet<CustomerImportRecord> CustomerImports => Set<CustomerImportRecord>();
    public DbSet<StaffUserRecord> StaffUsers => Set<StaffUserRecord>();
    public DbSet<StaffRoleRecord> StaffRoles => Set<StaffRoleRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<LedgerEventRecord> LedgerEvents => Set<LedgerEventRecord>();
    public DbSet<LedgerStateRecord> LedgerState => Set<LedgerStateRecord>();
    public DbSet<LedgerCheckpointRecord> LedgerCheckpoints => Set<LedgerCheckpointRecord>();
    public DbSet<AgencyRecord> Agencies => Set<AgencyRecord>();
    public DbSet<AgencyDomainRecord> AgencyDomains => Set<AgencyDomainRecord>();
    public DbSet<OfficerRecord> Officers => Set<OfficerRecord>();
    public DbSet<RequestRecord> Requests => Set<RequestRecord>();
    public DbSet<RequestTargetRecord> RequestTargets => Set<RequestTargetRecord>();
    public DbSet<RequestDocumentRecord> RequestDocuments => Set<RequestDocumentRecord>();
    public DbSet<RequestMessageRecord> RequestMessages => Set<RequestMessageRecord>();
    public DbSet<RequestTransitionRecord> RequestTransitions => Set<RequestTransitionRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<PolicyVersionRecord> PolicyVersions => Set<PolicyVersionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var sqlite = Database.IsSqlite();

        modelBuilder.Entity<Customer>(e =>
        {
            e.ToTable("customers");
            e.HasKey(c => c.AccountId);
            e.Property(c => c.AccountId).HasColumnName("account_id");
            e.Property(c => c.GivenName).HasColumnName("given_name");
            e.Property(c => c.FamilyName).HasColumnName("family_name");
            e.Property(c => c.NativeName).HasColumnName("native_name");
            e.Property(c => c.DateOfBirth).HasColumnName("date_of_birth");
            e.Property(c => c.PlaceOfBirth).HasColumnName("place_of_birth");
            e.Property(c => c.Nationality).HasColumnName("nationality");
            e.Property(c => c.ResidenceCountry).HasColumnName("residence_country");
            e.Property(c => c.Email).HasColumnName("email");
            e.Property(c => c.Phone).HasColumnName("phone");
            e.Property(c => c.AddressLine).HasColumnName("address_line");
            e.Property(c => c.City).HasColumnName("city");
            e.Property(c => c.PostalCode).HasColumnName("postal_code");
            e.Property(c => c.Status).HasColumnName("status").HasConversion(KebabConverter<AccountStatus>());
            Timestamp(e.Property(c => c.OpenedAt).HasColumnName("opened_at"), sqlite);
            e.Property<string>(SearchTextProperty).HasColumnName("search_text");
            Timestamp(e.Property<DateTimeOffset>("ImportedAt").HasColumnName("imported_at"), sqlite);
        });

        modelBuilder.Entity<ResidencePermit>(e =>
        {
            e.ToTable("residence_permits");
            e.HasKey(p => new { p.AccountId, p.Country, p.Kind, p.ValidFrom });
            e.Property(p => p.AccountId).HasColumnName("account_id");
            e.Property(p => p.Country).HasColumnName("country");
            e.Property(p => p.Kind).HasColumnName("kind").HasConversion(KebabConverter<ResidencePermitKind>());
            e.Property(p => p.ValidFrom).HasColumnName("valid_from");
            e.Property(p => p.ValidUntil).HasColumnName("valid_until");
        });

        modelBuilder.Entity<KycDocument>(e =>
        {
            e.ToTable("kyc_documents");
            e.HasKey(d => new { d.AccountId, d.Kind, d.IssuingCountry, d.Number });
            e.Property(d => d.AccountId).HasColumnName("account_id");
            e.Property(d => d.Kind).HasColumnName("kind").HasConversion(KebabConverter<KycDocumentKind>());
            e.Property(d => d.IssuingCountry).HasColumnName("issuing_country");
            e.Property(d => d.Number).HasColumnName("number");
            e.Property(d => d.IssuedOn).HasColumnName("issued_on");
            e.Property(d => d.ExpiresOn).HasColumnName("expires_on");
            Timestamp(e.Property(d => d.VerifiedAt).HasColumnName("verified_at"), sqlite);
        });

        modelBuilder.Entity<Wallet>(e =>
        {
            e.ToTable("wallets");
            e.HasKey(w => new { w.Asset, w.Address });
            e.Property(w => w.Asset).HasColumnName("asset");
            e.Property(w => w.Address).HasColumnName("address");
            e.Property(w => w.AccountId).HasColumnName("account_id");
            Timestamp(e.Property(w => w.CreatedAt).HasColumnName("created_at"), sqlite);
        });

        modelBuilder.Entity<Transaction>(e =>
        {
            e.ToTable("transactions");
            e.HasKey(t => t.TransactionId);
            e.Property(t => t.TransactionId).HasColumnName("transaction_id");
            e.Property(t => t.AccountId).HasColumnName("account_id");
            e.Property(t => t.Kind).HasColumnName("kind").HasConversion(KebabConverter<TransactionKind>());
            Timestamp(e.Property(t => t.OccurredAt).HasColumnName("occurred_at"), sqlite);
            e.Property(t => t.Asset).HasColumnName("asset");
            e.Property(t => t.Amount).HasColumnName("amount");
            e.Property(t => t.WalletAddress).HasColumnName("wallet_address");
            e.Property(t => t.CounterpartyAddress).HasColumnName("counterparty_address");
            e.Property(t => t.TxHash).HasColumnName("tx_hash");
            e.Property(t => t.CounterAsset).HasColumnName("counter_asset");
            e.Property(t => t.CounterAmount).HasColumnName("counter_amount");
        });

        modelBuilder.Entity<LoginEvent>(e =>
        {
            e.ToTable("logins");
            e.HasKey(l => l.LoginId);
            e.Property(l => l.LoginId).HasColumnName("login_id");
            e.Property(l => l.AccountId).HasColumnName("account_id");
            Timestamp(e.Property(l => l.OccurredAt).HasColumnName("occurred_at"), sqlite);
            e.Property(l => l.IpAddress).HasColumnName("ip_address");
            e.Property(l => l.Device).HasColumnName("device");
        });

        modelBuilder.Entity<Holding>(e =>
        {
            e.ToTable("holdings");
            e.HasKey(h => new { h.AccountId, h.Asset, h.AsOf });
            e.Property(h => h.AccountId).HasColumnName("account_id");
            e.Property(h => h.Asset).HasColumnName("asset");
            e.Property(h => h.AsOf).HasColumnName("as_of");
            e.Property(h => h.Amount).HasColumnName("amount");
        });

        modelBuilder.HasDbFunction(typeof(CustosDbContext).GetMethod(nameof(SqlLower))!).HasName("lower").IsBuiltIn();

        StorageModel.MapRecords(modelBuilder, sqlite);
        IntakeModel.Map(modelBuilder, sqlite);
    }

    internal static void Timestamp(PropertyBuilder<DateTimeOffset> property, bool sqlite)
    {
        if (sqlite)
        {
            property.HasConversion(UnixMillis);
        }
    }

    internal static void Timestamp(PropertyBuilder<DateTimeOffset?> property, bool sqlite)
    {
        if (sqlite)
        {
            property.HasConversion(NullableUnixMillis);
        }
    }

    /// <summary>SQLite stores instants as UTC Unix milliseconds so that they sort and compare in SQL.</summary>
    internal static readonly ValueConverter<DateTimeOffset, long> UnixMillis =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    internal static readonly ValueConverter<DateTimeOffset?, long?> NullableUnixMillis =
        new(v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : null, v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);

    private static ValueConverter<TEnum, string> KebabConverter<TEnum>() where TEnum : struct, Enum =>
        new(v => KebabCase.Format(v), v => KebabCase.Parse<TEnum>(v));
}
