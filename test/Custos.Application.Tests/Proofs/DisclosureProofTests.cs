using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Application.Tests.Proofs;

/// <summary>Index revisions in the log, and a customer's proof file from export to offline verification.</summary>
public class DisclosureProofTests
{
    [Theory, SqliteData, PostgresData]
    public async Task PublishIfDue_NewDisclosures_AppendsARevisionOverThePublishedLogAndNeverIndexesItself(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        await SeedAsync(harness);
        var head = (await integrator.IntegrateAsync())!;
        using var index = NewIndex();
        var publisher = Publisher(harness, everyEvents: 1, index);

        var revision = await publisher.PublishIfDueAsync(head.Size);
        head = (await integrator.IntegrateAsync())!;
        var again = await publisher.PublishIfDueAsync(head.Size);

        Assert.NotNull(revision);
        Assert.Equal(5, revision.LogSize);
        Assert.Null(again);
        var events = await harness.EventsAsync();
        var stored = Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.IndexRevision.Id);
        Assert.Equal($$"""{"logSize":5,"root":"{{revision.Root}}","algorithm":"custos-disclosure-index/v2"}""", stored.Details);
        var rebuilt = DisclosureIndex.Build(events.Where(e => e.LeafIndex < 5).Select(e => ((ulong)e.LeafIndex!.Value, e.Entry)));
        Assert.Equal(revision.Root, Convert.ToHexStringLower(rebuilt.Root));
        Assert.Equal([0UL, 3UL], rebuilt.Find(Convert.FromHexString(CustomerIndexKey.Derive("C1", harness.Identity.DisclosureCode("C1")))));
    }

    [Theory, SqliteData]
    public async Task PublishIfDue_FewEventsWithinTheInterval_Waits(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        await SeedAsync(harness);
        using var index = NewIndex();
        var publisher = Publisher(harness, everyEvents: 100, index);
        var head = (await integrator.IntegrateAsync())!;
        Assert.NotNull(await publisher.PublishIfDueAsync(head.Size));
        head = (await integrator.IntegrateAsync())!;
        await RecordAsync(harness, LedgerEventTypes.NoticeSent, "C2");
        head = (await integrator.IntegrateAsync())!;

        var early = await publisher.PublishIfDueAsync(head.Size);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await publisher.PublishIfDueAsync(head.Size);

        Assert.Null(early);
        Assert.NotNull(late);
        Assert.Equal(head.Size, late.LogSize);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Export_CustomerWithDisclosures_VerifiesWithTheirEvents(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = await ExportAsync(harness, "C1");

        var verdict = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file.Value, JsonSerializerOptions.Web), harness.Signer.VerifierKey);

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Equal(["production.created", "notice.sent"], verdict.Value.Events.Select(e => e.TypeName));
        Assert.StartsWith("2 disclosures up to checkpoint 6 (index of the first 5 entries): production.created 2026-11-01", verdict.Value.Summary, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task Export_CustomerWithoutDisclosures_VerifiesAsNone(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = await ExportAsync(harness, "C3");

        var verdict = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file.Value, JsonSerializerOptions.Web), harness.Signer.VerifierKey);

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Empty(verdict.Value.Events);
        Assert.Equal("no disclosure up to checkpoint 6 (index of the first 5 entries)", verdict.Value.Summary);
    }

    [Theory, SqliteData]
    public async Task Export_UnknownAccount_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = await ExportAsync(harness, "C9");

        Assert.Equal("proof.account-unknown", file.Errors[0].Code);
    }

    [Theory]
    [InlineData("drop-event", "proof.events-mismatch")]
    [InlineData("swap-key", "proof.index-invalid")]
    [InlineData("entry-byte", "proof.event-not-included")]
    [InlineData("revision-details", "proof.revision-commitment")]
    [InlineData("revision-salt", "proof.revision-commitment")]
    [InlineData("value", "proof.index-invalid")]
    [InlineData("sibling", "proof.index-invalid")]
    [InlineData("checkpoint", "proof.checkpoint-invalid")]
    [InlineData("truncated", "proof.malformed")]
    [InlineData("inclusion", "proof.event-not-included")]
    public async Task Verify_TamperedFile_NamesTheFirstFailure(string tamper, string code)
    {
        await using var harness = await Harness.CreateAsync("sqlite");
        var file = await ExportAsync(harness, "C1");
        var json = JsonSerializer.Serialize(file.Value, JsonSerializerOptions.Web);
        var node = JsonNode.Parse(json)!;
        switch (tamper)
        {
            case "drop-event": node["events"]!.AsArray().RemoveAt(1); break;
            case "swap-key": node["key"] = harness.Identity.CustomerKey("C2"); break;
            case "entry-byte": node["events"]![0]!["entry"] = Flip(node["events"]![0]!["entry"]!.GetValue<string>()); break;
            case "revision-details": node["revision"]!["details"] = node["revision"]!["details"]!.GetValue<string>().Replace("\"logSize\":5", "\"logSize\":4", StringComparison.Ordinal); break;
            case "revision-salt": node["revision"]!["salt"] = new string('0', 64); break;
            case "value": node["index"]!["value"]!.AsArray().RemoveAt(1); break;
            case "sibling": node["index"]!["siblings"]![0] = new string('f', 64); break;
            case "checkpoint": node["checkpoint"] = node["checkpoint"]!.GetValue<string>().Replace("\n6\n", "\n7\n", StringComparison.Ordinal); break;
            case "inclusion": node["events"]![1]!["inclusion"]!.AsArray().RemoveAt(0); break;
            default: break;
        }

        var text = tamper == "truncated" ? json[..(json.Length / 2)] : node.ToJsonString();
        var verdict = DisclosureProofVerifier.Verify(text, harness.Signer.VerifierKey);

        Assert.False(verdict.IsSuccess);
        Assert.Equal(code, verdict.Errors[0].Code);
    }

    [Fact]
    public async Task Verify_OtherLogKey_IsRefused()
    {
        await using var harness = await Harness.CreateAsync("sqlite");
        var file = await ExportAsync(harness, "C1");
        using var other = Custos.Ledger.Notes.NoteSignerKey.Generate("test.custos/ledger");

        var verdict = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file.Value, JsonSerializerOptions.Web), other.VerifierKey);

        Assert.Equal("proof.checkpoint-invalid", verdict.Errors[0].Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Export_SharedIndexAfterTheNextRevisionIsComputedButNotPublished_ProvesAgainstThePublishedOne(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        using var index = NewIndex();
        var publisher = Publisher(harness, everyEvents: 1, index);
        await SeedAsync(harness);
        await publisher.PublishIfDueAsync((await integrator.IntegrateAsync())!.Size);
        await integrator.IntegrateAsync();
        await RecordAsync(harness, LedgerEventTypes.NoticeSent, "C1");
        var head = (await integrator.IntegrateAsync())!;

        // The next revision is computed and recorded, but not in the log yet: the export must use the published one.
        var next = await publisher.PublishIfDueAsync(head.Size);
        var before = await ExportWithAsync(harness, index, "C1");
        await integrator.IntegrateAsync();
        var after = await ExportWithAsync(harness, index, "C1");

        Assert.NotNull(next);
        Assert.Equal([5L, head.Size], index.RetainedSizes);
        var early = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(before.Value, JsonSerializerOptions.Web), harness.Signer.VerifierKey);
        var late = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(after.Value, JsonSerializerOptions.Web), harness.Signer.VerifierKey);
        Assert.True(early.IsSuccess && late.IsSuccess);
        Assert.Equal(5, early.Value.LogSize);
        Assert.Equal(2, early.Value.Events.Count);
        Assert.Equal(head.Size, late.Value.LogSize);
        Assert.Equal(["production.created", "notice.sent", "notice.sent"], late.Value.Events.Select(e => e.TypeName));
    }

    [Theory, SqliteData]
    public async Task Export_APublishedRootTheEntriesDoNotGive_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var integrator = harness.NewIntegrator();
        await SeedAsync(harness);
        await integrator.IntegrateAsync();
        await using (var db = harness.NewContext())
        {
            harness.Events.Record(db, LedgerEventTypes.IndexRevision, Actor.System, DisclosureIndexPublisher.Subject,
                new IndexRevisionDetails(5, new string('a', 64), DisclosureIndex.Algorithm));
            await db.SaveChangesAsync();
        }

        await integrator.IntegrateAsync();
        using var index = NewIndex();
        var file = await ExportWithAsync(harness, index, "C1");

        Assert.Equal("proof.index-mismatch", file.Errors[0].Code);
    }

    /// <summary>Seeds, publishes a revision and exports with a fresh index, as <c>custos proof export</c> does in its own process.</summary>
    internal static async Task<Domain.Common.Result<DisclosureProofFile>> ExportAsync(Harness harness, string account, bool withCode = false)
    {
        await using var integrator = harness.NewIntegrator();
        await SeedAsync(harness);
        var head = (await integrator.IntegrateAsync())!;
        using (var publishing = NewIndex())
        {
            await Publisher(harness, everyEvents: 1, publishing).PublishIfDueAsync(head.Size);
        }

        await integrator.IntegrateAsync();
        using var index = NewIndex();
        return await ExportWithAsync(harness, index, account, withCode);
    }

    private static async Task<Domain.Common.Result<DisclosureProofFile>> ExportWithAsync(Harness harness, DisclosureIndexCache index, string account, bool withCode = false)
    {
        await using var db = harness.NewContext();
        var reader = new LedgerReader(db, harness.Ledger, harness.Signer);
        var exporter = new DisclosureProofExporter(db, reader, harness.Identity, index);
        return withCode ? await exporter.ExportWithCodeAsync(account) : await exporter.ExportAsync(account);
    }

    private static DisclosureIndexCache NewIndex() => new(NullLogger<DisclosureIndexCache>.Instance);

    private static DisclosureIndexPublisher Publisher(Harness harness, int everyEvents, DisclosureIndexCache index) =>
        new(harness.Database.Database, harness.Identity, new DisclosureIndexOptions { EveryEvents = everyEvents }, harness.Clock, NullLogger<DisclosureIndexPublisher>.Instance, index);

    /// <summary>Customers C1–C3; a production of C1 and C2, a request received naming C3 (not a disclosure), a notice withheld for C2, a notice sent to C1.</summary>
    private static async Task SeedAsync(Harness harness)
    {
        await using (var db = harness.NewContext())
        {
            foreach (var account in new[] { "C1", "C2", "C3" })
            {
                var customer = new Customer { AccountId = account, GivenName = "Given", FamilyName = "Family", ResidenceCountry = "DE", Status = AccountStatus.Active, OpenedAt = harness.Clock.GetUtcNow() };
                db.Customers.Add(customer);
                db.Entry(customer).Property(Storage.CustosDbContext.SearchTextProperty).CurrentValue = "given family";
            }

            await db.SaveChangesAsync();
        }

        await RecordAsync(harness, LedgerEventTypes.ProductionCreated, "C1", "C2");
        await RecordAsync(harness, LedgerEventTypes.RequestReceived, "C3");
        await RecordAsync(harness, LedgerEventTypes.NoticeWithheld, "C2");
        await RecordAsync(harness, LedgerEventTypes.NoticeSent, "C1");
        await RecordAsync(harness, LedgerEventTypes.StaffSignedIn);
    }

    private static async Task RecordAsync(Harness harness, LedgerEventType type, params string[] accounts)
    {
        await using var db = harness.NewContext();
        harness.Events.Record(db, type, Actor.System, "request:req_1", new { note = "test" }, ["request:req_1", "agency:agy_1", .. accounts.Select(CustomerRecords.Subject)]);
        await db.SaveChangesAsync();
    }

    private static string Flip(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[^2] ^= 1;
        return Convert.ToBase64String(bytes);
    }
}
