using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Custos.Storage;

/// <summary>
/// The one DbContext for both providers. The schema itself comes from the versioned scripts in <c>Migrations/</c>;
/// this model only maps to it: table names are explicit, column names are the properties' names in snake_case
/// (EFCore.NamingConventions), and <see cref="ApplyConventions"/> converts enums and instants.
/// </summary>
public sealed class CustosDbContext(DbContextOptions<CustosDbContext> options) : DbContext(options)
{
    private readonly SqliteWriteGate? _writeGate = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?
        .Interceptors?.OfType<SqliteWriteGate>().FirstOrDefault();

    /// <summary>What this context holds of the SQLite write gate (see <see cref="SqliteWriteGate"/>).</summary>
    internal WriteGateHold WriteGate { get; set; }

    /// <summary>Releases the write gate if a transaction was abandoned without commit or rollback, then disposes.</summary>
    public override void Dispose()
    {
        _writeGate?.Release(this);
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        _writeGate?.Release(this);
        return base.DisposeAsync();
    }

    /// <summary>Shadow property on customers holding the lower-case text searched by the console.</summary>
    public const string SearchTextProperty = "SearchText";

    /// <summary>
    /// SQL <c>lower()</c>, the same function on both providers, for queries that must use an index on <c>lower(column)</c>
    /// (schema version 4). Only usable inside a query.
    /// </summary>
    public static string SqlLower(string? text) => throw new NotSupportedException($"{nameof(SqlLower)} is translated to SQL and cannot be called directly.");

    /// <summary>
    /// What <see cref="SqlLower"/> makes of <paramref name="text"/> in an identifier column (addresses, transaction
    /// hashes): ASCII letters in lower case, every other character as it is. That is SQLite's <c>lower()</c>, and
    /// PostgreSQL's on the columns schema version 18 declares <c>COLLATE "C"</c>. Computed here, the key of a query on
    /// <c>lower(column)</c> is the column's own mapping even where the database's default collation would map more.
    /// </summary>
    public static string LowerAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });
    }

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
    public DbSet<SignInSessionRecord> SignInSessions => Set<SignInSessionRecord>();
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
    public DbSet<TrustChangeRecord> TrustChanges => Set<TrustChangeRecord>();
    public DbSet<SanctionsListVersionRecord> SanctionsListVersions => Set<SanctionsListVersionRecord>();
    public DbSet<SanctionsListFileRecord> SanctionsListFiles => Set<SanctionsListFileRecord>();
    public DbSet<SanctionsScreeningRecord> SanctionsScreenings => Set<SanctionsScreeningRecord>();
    public DbSet<SanctionsAlertRecord> SanctionsAlerts => Set<SanctionsAlertRecord>();
    public DbSet<AssetPriceRecord> AssetPrices => Set<AssetPriceRecord>();
    public DbSet<AccountRestrictionRecord> AccountRestrictions => Set<AccountRestrictionRecord>();
    public DbSet<RestrictionNoticeRecord> RestrictionNotices => Set<RestrictionNoticeRecord>();
    public DbSet<VoteRecord> Votes => Set<VoteRecord>();
    public DbSet<VoteItemRecord> VoteItems => Set<VoteItemRecord>();
    public DbSet<RequestDecisionRecord> RequestDecisions => Set<RequestDecisionRecord>();
    public DbSet<ProductionRecord> Productions => Set<ProductionRecord>();
    public DbSet<EmergencyCallRecord> EmergencyCalls => Set<EmergencyCallRecord>();
    public DbSet<PreservationRecord> Preservations => Set<PreservationRecord>();
    public DbSet<PreservationSnapshotRecord> PreservationSnapshots => Set<PreservationSnapshotRecord>();
    public DbSet<NoticeOutboxRecord> NoticeOutbox => Set<NoticeOutboxRecord>();
    public DbSet<CustomerNoticeRecord> CustomerNotices => Set<CustomerNoticeRecord>();
    public DbSet<TransparencyFactsRecord> TransparencyFacts => Set<TransparencyFactsRecord>();
    public DbSet<TransparencyFactsStateRecord> TransparencyFactsState => Set<TransparencyFactsStateRecord>();
    public DbSet<PublishedReportRecord> PublishedReports => Set<PublishedReportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var sqlite = Database.IsSqlite();

        modelBuilder.Entity<Customer>(e =>
        {
            e.ToTable("customers");
            e.HasKey(c => c.AccountId);
            e.Property<string>(SearchTextProperty);
            e.Property<DateTimeOffset>("ImportedAt");
        });

        modelBuilder.Entity<ResidencePermit>(e =>
        {
            e.ToTable("residence_permits");
            e.HasKey(p => new { p.AccountId, p.Country, p.Kind, p.ValidFrom });
        });

        modelBuilder.Entity<KycDocument>(e =>
        {
            e.ToTable("kyc_documents");
            e.HasKey(d => new { d.AccountId, d.Kind, d.IssuingCountry, d.Number });
        });

        modelBuilder.Entity<Wallet>(e =>
        {
            e.ToTable("wallets");
            e.HasKey(w => new { w.Asset, w.Address });
        });

        modelBuilder.Entity<Transaction>(e =>
        {
            e.ToTable("transactions");
            e.HasKey(t => t.TransactionId);
        });

        modelBuilder.Entity<LoginEvent>(e =>
        {
            e.ToTable("logins");
            e.HasKey(l => l.LoginId);
        });

        modelBuilder.Entity<Holding>(e =>
        {
            e.ToTable("holdings");
            e.HasKey(h => new { h.AccountId, h.Asset, h.AsOf });
        });

        modelBuilder.HasDbFunction(typeof(CustosDbContext).GetMethod(nameof(SqlLower))!).HasName("lower").IsBuiltIn();

        StorageModel.MapRecords(modelBuilder);
        IntakeModel.Map(modelBuilder);
        SanctionsModel.Map(modelBuilder);
        DecisionModel.Map(modelBuilder);
        TransparencyModel.Map(modelBuilder);
        ApplyConventions(modelBuilder, sqlite);
    }

    /// <summary>
    /// The conventions every mapped property follows, so that no entity spells them out: enums are stored as their
    /// kebab-case text (one converter, <see cref="KebabCaseConverter{TEnum}"/>), and on SQLite instants are UTC Unix
    /// milliseconds so that they sort and compare in SQL. Names are snake_case by EFCore.NamingConventions.
    /// </summary>
    private static void ApplyConventions(ModelBuilder modelBuilder, bool sqlite)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum && property.GetValueConverter() is null)
            {
                property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(KebabCaseConverter<>).MakeGenericType(type))!);
            }
            else if (sqlite && type == typeof(DateTimeOffset))
            {
                property.SetValueConverter(UnixMillis);
            }
        }
    }

    /// <summary>SQLite stores instants as UTC Unix milliseconds so that they sort and compare in SQL.</summary>
    internal static readonly ValueConverter<DateTimeOffset, long> UnixMillis =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
