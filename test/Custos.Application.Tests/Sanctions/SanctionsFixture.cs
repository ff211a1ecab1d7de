using Custos.Application.Policy;
using Custos.Application.Requests;
using Custos.Application.Restrictions;
using Custos.Application.Sanctions.Alerts;
using Custos.Application.Sanctions.Lists;
using Custos.Application.Sanctions.Rescreen;
using Custos.Application.Sanctions.Screening;
using Custos.Domain.Customers;
using Custos.Storage;
using Custos.Storage.Customers;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Tests.Sanctions;

/// <summary>
/// A database with the sanctions use cases wired to it, and the small OFAC-format list of <see cref="SanctionsTestList"/>:
/// enough to raise a name hit, a wallet hit and nothing for everyone else.
/// </summary>
internal sealed class SanctionsFixture : IAsyncDisposable
{
    public const string ListedBtc = SanctionsTestList.ListedBtc;

    private static readonly DateTimeOffset s_at = new(2024, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly ScreeningIndexCache _cache = new();

    private SanctionsFixture(Harness harness, CustosDbContext db)
    {
        Harness = harness;
        Db = db;
        Directory = TestEnvironment.NewTempDirectory("lists");
    }

    public Harness Harness { get; }

    public CustosDbContext Db { get; }

    /// <summary>A folder for the test's files.</summary>
    public string Directory { get; }

    public static async Task<SanctionsFixture> CreateAsync(string provider)
    {
        var harness = await Harness.CreateAsync(provider);
        return new SanctionsFixture(harness, harness.NewContext());
    }

    public SanctionsListImport Import => new(Db, Harness.Database.Database, Harness.Events, new Custos.Application.Ledger.LedgerSignal(), Harness.Clock);

    public SanctionsLists Lists => new(Db, Harness.Database.Database, _cache, Harness.Clock);

    /// <summary>The lists as a new process sees them: an empty cache of built indexes.</summary>
    public SanctionsLists ListsInNewProcess => new(Db, Harness.Database.Database, new ScreeningIndexCache(), Harness.Clock);

    public NameScreening Names => new(Lists);

    public CustomerRescreen Rescreen => new(Harness.Database.Database, Db, Harness.Events, Harness.Clock, Lists);

    public SanctionsAlerts Alerts => new(Db, Harness.Events, Harness.Clock);

    public PolicyStore Policies => new(Db, Harness.Events, new PolicyCache(), Harness.Clock);

    public RestrictionEvaluation Evaluation => new(Db, Harness.Events, Policies, new IntakeOptions());

    public RestrictionApply Apply => new(Db, Harness.Events, Harness.Clock, Evaluation, Harness.Identity, new Application.Review.ReviewOptions());

    public PriceImport Prices => new(Db, Harness.Events, Harness.Clock);

    /// <summary>Writes the test's SDN files (primary and aliases) into a folder of their own and returns their paths.</summary>
    public string[] WriteSdn(string? extraPrimaryRow = null, string folder = "sdn") =>
        SanctionsTestList.Write(Path.Combine(Directory, folder), extraPrimaryRow);

    /// <summary>How many invented entries pad the test list.</summary>
    public const int FillerEntries = SanctionsTestList.FillerEntries;

    /// <summary>Writes a file into the test folder.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static Customer Customer(string account, string given, string family, DateOnly? birth, string? nationality, string residence = "DE", string? native = null) => new()
    {
        AccountId = account, GivenName = given, FamilyName = family, NativeName = native, DateOfBirth = birth, Nationality = nationality,
        ResidenceCountry = residence, Status = AccountStatus.Active, OpenedAt = s_at.AddYears(-2),
    };

    public static Wallet Wallet(string account, string asset, string address) => new() { AccountId = account, Asset = asset, Address = address, CreatedAt = s_at };

    /// <summary>Writes (upserts) customer data as an import would.</summary>
    public async Task WriteAsync(CustomerDataSet data)
    {
        await using var db = Harness.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await CustomerStore.WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), data, replaceAll: false, s_at);
        await transaction.CommitAsync();
    }

    /// <summary>The ledger event type ids committed so far, in order.</summary>
    public async Task<List<int>> EventTypesAsync() => [.. (await Harness.EventsAsync()).Select(e => e.EventTypeId)];

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
