using System.Text.Json;
using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Application.Proofs.Sealing;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Ledger.Index;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Application.Tests.Proofs;

/// <summary>
/// Entries made while a non-disclosure order binds leave the customers out and commit to them with an unseal-by date;
/// the lapse unseals them, and only then does the disclosure index show the customers' keys.
/// </summary>
public class SealedDisclosureTests
{
    private const string RequestId = "req_sealed";

    [Theory, SqliteData, PostgresData]
    public async Task Record_OrderWithAnEndDate_LeavesTheCustomersOut_AndCommitsToThemUntilThatDay(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var until = Today(harness).AddDays(30);
        await AddRequestAsync(harness, Order(until));

        var entry = await RecordProductionAsync(harness, "C1", "C2");

        var parsed = LedgerEntryFormat.Parse(entry.Entry).Value;
        var keys = new[] { Key(harness, "C1"), Key(harness, "C2") };
        Assert.Empty(parsed.References.Intersect(keys));
        Assert.Contains(harness.Identity.Opaque("request:" + RequestId), parsed.References);
        var seal = JsonSerializer.Deserialize<SealedPublic>(parsed.Public!, JsonSerializerOptions.Web)!;
        Assert.Equal(until, seal.UnsealBy);
        var details = JsonDocument.Parse(entry.Details!).RootElement.GetProperty("seal");
        Assert.Equal(["customer:C1", "customer:C2"], details.GetProperty("refs").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(seal.SealedRefs, SealCommitment.Commit(Convert.FromHexString(details.GetProperty("salt").GetString()!), keys));
        Assert.Equal("test", JsonDocument.Parse(entry.Details!).RootElement.GetProperty("note").GetString());
    }

    [Theory, SqliteData]
    public async Task Record_NoOrder_NamesTheCustomersAsBefore(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await AddRequestAsync(harness, null);

        var entry = LedgerEntryFormat.Parse((await RecordProductionAsync(harness, "C1")).Entry).Value;

        Assert.Null(entry.Public);
        Assert.Contains(Key(harness, "C1"), entry.References);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Run_OrderLapses_UnsealsOnce_AndTheIndexShowsTheKeyOnlyAfterTheUnseal(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        var until = Today(harness).AddDays(30);
        await AddRequestAsync(harness, Order(until));
        await AddCustomersAsync(harness, "C1", "C2", "C3");
        await RecordProductionAsync(harness, "C1", "C2");
        await integrator.IntegrateAsync();

        var early = await RunAsync(harness);
        var before = await ExportAsync(harness, integrator, "C1");
        harness.Clock.Advance(TimeSpan.FromDays(30));
        var lapsed = await RunAsync(harness);
        var again = await RunAsync(harness);
        await integrator.IntegrateAsync();
        var after = await ExportAsync(harness, integrator, "C1");
        var other = await ExportAsync(harness, integrator, "C3");

        Assert.Equal(new SealRun(0, 0), early);
        Assert.Empty(before.Events);
        Assert.Equal(new SealRun(1, 0), lapsed);
        Assert.Equal(new SealRun(0, 0), again);
        var unsealed = Assert.Single(after.Events);
        Assert.Equal("disclosure.unsealed", unsealed.TypeName);
        Assert.Equal(0, JsonSerializer.Deserialize<UnsealPublic>(unsealed.Public!, JsonSerializerOptions.Web)!.Unseals);
        Assert.Equal(new[] { Key(harness, "C1"), Key(harness, "C2") }.Order(StringComparer.Ordinal), unsealed.References);
        Assert.Empty(other.Events);
        var events = (await harness.EventsAsync()).Where(e => e.LeafIndex != null).Select(e => (e.LeafIndex!.Value, LedgerEntryFormat.Parse(e.Entry).Value)).ToList();
        var status = Assert.Single(SealMonitor.Check(events, Today(harness)));
        Assert.Equal((SealState.Unsealed, until, false, (string?)null), (status.State, status.UnsealBy, status.Late, status.Problem));
    }

    [Theory, SqliteData]
    public async Task Monitor_OrderWithoutAnEndDateNeverReviewed_IsOverdueTheDayAfterItsReviewDate(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        var sealedOn = Today(harness);
        await AddRequestAsync(harness, Order(null));
        await RecordProductionAsync(harness, "C1");
        await integrator.IntegrateAsync();
        harness.Clock.Advance(TimeSpan.FromDays(181));

        var run = await RunAsync(harness);
        var events = (await harness.EventsAsync()).Select(e => (e.LeafIndex!.Value, LedgerEntryFormat.Parse(e.Entry).Value)).ToList();

        Assert.Equal(new SealRun(0, 0), run);
        Assert.Equal(SealState.Sealed, Assert.Single(SealMonitor.Check(events, sealedOn.AddDays(180))).State);
        var overdue = Assert.Single(SealMonitor.Check(events, sealedOn.AddDays(181)));
        Assert.Equal((SealState.Overdue, sealedOn.AddDays(180), "production.created"), (overdue.State, overdue.UnsealBy, overdue.Type));
        Assert.Empty(SealMonitor.Check(events, sealedOn.AddDays(-1)));
    }

    [Theory, SqliteData]
    public async Task Monitor_UnsealNamingOtherKeys_IsReportedAsAProblem(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        await AddRequestAsync(harness, Order(Today(harness).AddDays(5)));
        var entry = await RecordProductionAsync(harness, "C1");
        await integrator.IntegrateAsync();
        var salt = JsonDocument.Parse(entry.Details!).RootElement.GetProperty("seal").GetProperty("salt").GetString()!;
        await using (var db = harness.NewContext())
        {
            harness.Events.Record(db, LedgerEventTypes.DisclosureUnsealed, Actor.System, DisclosureSeals.Subject(1), new { }, ["customer:C9"],
                publicAttributes: new UnsealPublic(0, salt));
            await db.SaveChangesAsync();
        }

        await integrator.IntegrateAsync();
        var events = (await harness.EventsAsync()).Select(e => (e.LeafIndex!.Value, LedgerEntryFormat.Parse(e.Entry).Value)).ToList();

        var status = Assert.Single(SealMonitor.Check(events, Today(harness)));
        Assert.Equal(SealState.Unsealed, status.State);
        Assert.Contains("does not open the commitment", status.Problem, StringComparison.Ordinal);
    }

    private static NonDisclosure Order(DateOnly? until) => new() { Required = true, Basis = "18 U.S.C. 2705(b) order", Until = until };

    private static DateOnly Today(Harness harness) => DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime);

    private static string Key(Harness harness, string account) => harness.Identity.Opaque(CustomerRecords.Subject(account));

    private static async Task AddRequestAsync(Harness harness, NonDisclosure? order)
    {
        await using var db = harness.NewContext();
        var at = harness.Clock.GetUtcNow();
        db.Requests.Add(new RequestRecord
        {
            Id = RequestId, Channel = RequestChannel.Api, Kind = RequestKind.Production, Status = RequestStatus.Decided, Informal = false,
            ReceivedAt = at, SubmittedBy = "apikey:key_test", Payload = Application.Scrutiny.RequestJson.WriteCompact(new DataRequest { NonDisclosure = order }),
            CreatedAt = at, UpdatedAt = at, RowVersion = 1,
        });
        await db.SaveChangesAsync();
    }

    private static async Task AddCustomersAsync(Harness harness, params string[] accounts)
    {
        await using var db = harness.NewContext();
        foreach (var account in accounts)
        {
            var customer = new Customer { AccountId = account, GivenName = "Given", FamilyName = "Family", ResidenceCountry = "DE", Status = AccountStatus.Active, OpenedAt = harness.Clock.GetUtcNow() };
            db.Customers.Add(customer);
            db.Entry(customer).Property(Storage.CustosDbContext.SearchTextProperty).CurrentValue = "given family";
        }

        await db.SaveChangesAsync();
    }

    private static async Task<LedgerEventRecord> RecordProductionAsync(Harness harness, params string[] accounts)
    {
        await using var db = harness.NewContext();
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == RequestId);
        var entry = Seals(harness, db).Record(request, LedgerEventTypes.ProductionCreated, Actor.System, "production:prd_1", new { note = "test" },
            ["request:" + RequestId], [.. accounts.Select(CustomerRecords.Subject)]);
        await db.SaveChangesAsync();
        return entry;
    }

    private static async Task<SealRun> RunAsync(Harness harness)
    {
        await using var db = harness.NewContext();
        return await Seals(harness, db).RunAsync();
    }

    private static DisclosureSeals Seals(Harness harness, Storage.CustosDbContext db) => new(db, harness.Events, harness.Identity, harness.Clock);

    /// <summary>Publishes an index revision over the log as it stands, then exports and verifies <paramref name="account"/>'s proof.</summary>
    private static async Task<DisclosureVerdict> ExportAsync(Harness harness, LedgerIntegrator integrator, string account)
    {
        var head = (await integrator.IntegrateAsync())!;
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        using var index = new DisclosureIndexCache(NullLogger<DisclosureIndexCache>.Instance);
        await new DisclosureIndexPublisher(harness.Database.Database, harness.Identity, new DisclosureIndexOptions { EveryEvents = 1 }, harness.Clock,
            NullLogger<DisclosureIndexPublisher>.Instance, index).PublishIfDueAsync(head.Size);
        await integrator.IntegrateAsync();
        await using var db = harness.NewContext();
        var file = await new DisclosureProofExporter(db, new LedgerReader(db, harness.Ledger, harness.Signer), harness.Identity, index).ExportAsync(account);
        Assert.True(file.IsSuccess, file.IsSuccess ? null : file.Errors[0].Message);
        var verdict = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file.Value, JsonSerializerOptions.Web), harness.Signer.VerifierKey);
        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Equal(DisclosureIndex.Algorithm, file.Value.Index.Algorithm);
        return verdict.Value;
    }
}
