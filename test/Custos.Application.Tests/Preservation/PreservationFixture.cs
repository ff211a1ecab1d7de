using Custos.Application.Common;
using Custos.Application.Customers.Files;
using Custos.Application.Customers.Import;
using Custos.Application.Production;
using Custos.Application.Requests.Targets;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Custos.Storage.Customers;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Tests.Preservation;

/// <summary>
/// A small customer base — P1 the target, P2 another customer — with records inside and outside the first quarter of
/// 2025, two agencies, and the steps a preservation goes through (the review use cases' part done directly on the rows).
/// </summary>
internal sealed class PreservationFixture : IAsyncDisposable
{
    public static readonly DateRange Quarter = new() { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31) };

    private static readonly DateTimeOffset s_imported = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private PreservationFixture(Harness harness) => Harness = harness;

    public Harness Harness { get; }

    public FakeClock Clock => Harness.Clock;

    public string AgencyA { get; private set; } = "";

    public string AgencyB { get; private set; } = "";

    public static async Task<PreservationFixture> CreateAsync(string provider, CustomerDataSet? data = null)
    {
        var fixture = new PreservationFixture(await Harness.CreateAsync(provider));
        fixture.AgencyA = await fixture.AddAgencyAsync("Agency A");
        fixture.AgencyB = await fixture.AddAgencyAsync("Agency B");
        await fixture.WriteCustomersAsync(data ?? BaseData());
        return fixture;
    }

    /// <summary>P1 and P2 with transactions, sign-ins and holdings on both sides of the quarter's edges, and one document each.</summary>
    public static CustomerDataSet BaseData(decimal t3Amount = 1.5m, string p1Email = "p1@example.org")
    {
        var data = new CustomerDataSet();
        data.Customers.Add(Customer("P1", "Pavel", "Orlov", p1Email));
        data.Customers.Add(Customer("P2", "Nina", "Berg", "p2@example.org"));
        data.KycDocuments.Add(Document("P1", "P1-PASS"));
        data.KycDocuments.Add(Document("P2", "P2-PASS"));
        data.Transactions.AddRange(
        [
            Tx("t1", "P1", At(2025, 1, 1).AddMilliseconds(-1), 1m), // the last instant of 2024
            Tx("t2", "P1", At(2025, 1, 1), 2m),
            Tx("t3", "P1", At(2025, 2, 15).AddHours(10), t3Amount),
            Tx("t4", "P1", At(2025, 4, 1).AddMilliseconds(-1), 4m),
            Tx("t5", "P1", At(2025, 4, 1), 5m),
            Tx("t6", "P2", At(2025, 2, 1), 6m),
        ]);
        data.Logins.AddRange(
        [
            Login("l1", "P1", At(2025, 3, 1)), Login("l2", "P1", At(2025, 5, 1)), Login("l3", "P2", At(2025, 3, 1)),
        ]);
        data.Holdings.AddRange(
        [
            Holding("P1", new DateOnly(2025, 1, 31)), Holding("P1", new DateOnly(2025, 4, 30)), Holding("P2", new DateOnly(2025, 1, 31)),
        ]);
        return data;
    }

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    public static Customer Customer(string account, string given, string family, string email, string residence = "DE") => new()
    {
        AccountId = account, GivenName = given, FamilyName = family, Email = email, ResidenceCountry = residence,
        Status = AccountStatus.Active, OpenedAt = At(2020, 1, 1),
    };

    public static Transaction Tx(string id, string account, DateTimeOffset at, decimal amount) => new()
    {
        TransactionId = id, AccountId = account, Kind = TransactionKind.Deposit, OccurredAt = at, Asset = "BTC", Amount = amount,
    };

    /// <summary>A data request of <paramref name="kind"/> for account <paramref name="account"/> over <paramref name="range"/>.</summary>
    public static DataRequest Request(string account, DateRange? range, RequestKind kind = RequestKind.Production, params DataCategory[] categories) => new()
    {
        Kind = kind,
        ReceivedAt = At(2026, 11, 1),
        Targets = [new Target { Type = TargetType.Account, Value = account, Role = TargetRole.Suspect }],
        DataCategories = categories.Length > 0 ? categories : [DataCategory.Subscriber, DataCategory.Transactions],
        DateRange = range,
    };

    public static IReadOnlyList<PlannedItem> Items(ItemRange range, params DataCategory[] categories) =>
        [.. categories.Select(c => new PlannedItem(new ItemKey(0, c), range, []))];

    public static ItemRange QuarterRange => new(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));

    /// <summary>Adds the request row (with a scrutiny result, as intake leaves it).</summary>
    public async Task AddRequestAsync(string id, string? agencyId, DataRequest request, RequestStatus status, string submittedBy = "apikey:key_test")
    {
        await using var db = Harness.NewContext();
        var now = Clock.GetUtcNow();
        var scrutiny = new ScrutinyResult
        {
            Recommendation = request.Kind == RequestKind.Preservation ? Recommendation.Preserve : Recommendation.Produce,
            RiskTier = RiskTier.Low, Findings = [], RequiredApprovals = [], Notification = new NotificationDecision(true, "No restriction.", null),
            SupportedDataCategories = [.. request.DataCategories], PolicyVersion = "test", AsOf = DateOnly.FromDateTime(now.UtcDateTime),
        };
        db.Requests.Add(new RequestRecord
        {
            Id = id, AgencyId = agencyId, Channel = RequestChannel.Api, Kind = request.Kind, Status = status, Informal = false, ReceivedAt = now,
            SubmittedBy = submittedBy, Payload = RequestJson.WriteCompact(request), Scrutiny = RequestJson.WriteCompact(scrutiny),
            CreatedAt = now, UpdatedAt = now, RowVersion = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Starts a preservation of request <paramref name="requestId"/> under <paramref name="terms"/> today and freezes its snapshots, in one save.</summary>
    public async Task<(string Id, IReadOnlyList<SnapshotTaken> Taken)> PreserveAsync(string requestId, DataRequest request, PreservationTerms terms)
    {
        await using var db = Harness.NewContext();
        var id = Ids.New("prs");
        db.Preservations.Add(new PreservationRecord
        {
            Id = id, RequestId = requestId, StartDay = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), Days = terms.Days,
            ExtensionDays = terms.ExtensionDays, MaxExtensions = terms.MaxExtensions, TermsSource = terms.Source, State = PreservationState.Active,
            StartedBy = "staff:usr_reviewer", StartedAt = Clock.GetUtcNow(), RowVersion = 1,
        });
        var taken = await Snapshots(db).CaptureAsync(id, requestId, request);
        Assert.True(taken.IsSuccess, string.Join("; ", taken.Errors));
        await db.SaveChangesAsync();
        return (id, taken.Value);
    }

    public PreservationSnapshots Snapshots(CustosDbContext db) => new(db, new TargetResolver(db), Harness.Events, Clock);

    public PreservationExpiry Expiry(CustosDbContext db) => new(db, Harness.Events, Clock);

    public async Task<ProductionDataSet> LoadAsync(string requestId, DataRequest request, string? agencyId, IReadOnlyList<PlannedItem> items)
    {
        await using var db = Harness.NewContext();
        return await new ProductionData(db, new TargetResolver(db), Clock).LoadAsync(requestId, request, agencyId, items);
    }

    /// <summary>Imports <paramref name="data"/> through the customer import (files, then <c>custos customers import</c>'s use case).</summary>
    public async Task ImportAsync(CustomerDataSet data)
    {
        var folder = TestEnvironment.NewTempDirectory("reimport");
        CustomerDataWriter.WriteDirectory(data, folder);
        await using var db = Harness.NewContext();
        var result = await new CustomerImport(db, Harness.Events, Clock).ImportAsync(folder, false, Actor.CommandLine);
        Assert.True(result.IsSuccess, result.IsSuccess ? null : string.Join("; ", result.Errors));
    }

    public async Task WriteCustomersAsync(CustomerDataSet data)
    {
        await using var db = Harness.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await CustomerStore.WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), data, replaceAll: false, s_imported);
        await transaction.CommitAsync();
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();

    private async Task<string> AddAgencyAsync(string name)
    {
        await using var db = Harness.NewContext();
        var id = Ids.New("agy");
        db.Agencies.Add(new AgencyRecord
        {
            Id = id, Name = name, Country = "US", Type = AgencyType.Police, Verification = AgencyVerification.VerifiedOutOfBand,
            ReputationFlags = "", CreatedAt = Clock.GetUtcNow(), CreatedBy = "test",
        });
        await db.SaveChangesAsync();
        return id;
    }

    private static KycDocument Document(string account, string number) => new()
    {
        AccountId = account, Kind = KycDocumentKind.Passport, IssuingCountry = "DE", Number = number, VerifiedAt = At(2020, 1, 2),
    };

    private static LoginEvent Login(string id, string account, DateTimeOffset at) => new()
    {
        LoginId = id, AccountId = account, OccurredAt = at, IpAddress = "192.0.2.10",
    };

    private static Holding Holding(string account, DateOnly asOf) => new() { AccountId = account, Asset = "BTC", Amount = 0.5m, AsOf = asOf };
}
