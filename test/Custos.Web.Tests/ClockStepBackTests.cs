using Custos.Application.Ledger;
using Custos.Application.Transparency.Facts;
using Custos.Domain.Events;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;
using Custos.Ledger.Witness;
using Custos.Storage;
using Custos.TestSupport;
using Custos.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Custos.Web.Tests;

/// <summary>
/// The wall clock of the machine running Custos and its two witnesses is stepped back an hour while agencies submit:
/// nothing acknowledged is lost, checkpoints go on being published and dated in order, each witness's cosignatures never
/// go back in time (C2SP tlog-cosignature), and the work that runs "at most once per interval" is not held back an hour.
/// </summary>
public class ClockStepBackTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Step = TimeSpan.FromHours(-1);

    [Fact]
    public async Task Serve_ClockSteppedBackAnHourUnderLoad_KeepsPublishingInOrderAndLosesNothing()
    {
        var clock = new SteppingClock();
        var data = TestEnvironment.NewTempDirectory("clock-back");
        await using var w1 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w1", clock);
        await using var w2 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w2", clock);
        var logKey = w1.LogKey;
        var witnessing = new WitnessingOptions([w1.Endpoint(), w2.Endpoint()], 2, TimeSpan.FromSeconds(5));
        await using var server = await CustosTestServer.StartAsync(dataDirectory: data, witnessing: witnessing, clock: clock);
        var integration = server.Services.GetServices<IHostedService>().OfType<LedgerIntegrationService>().Single();
        // The public facts' first look, after the first integration round, starts their interval (5 min).
        var facts = server.Services.GetRequiredService<TransparencyFactsPublisher>();
        await TestWaits.UntilAsync(() => integration.Rounds > 0 && facts.IntervalStarted, "the first integration round and the facts' interval");
        using var agency = await server.AgencyWithKeyAsync();
        var key = agency.Http.DefaultRequestHeaders.Authorization!.Parameter!;

        var load = new SubmissionLoad();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 3).Select(w => load.RunAsync(server.BaseAddress, key, $"w{w}", stop.Token)).ToList();
        await TestWaits.UntilAsync(() => load.Acknowledged.Count >= 10, "10 submissions before the step");
        await server.WaitIntegratedAsync();
        var before = load.Ids;
        var sizeBefore = await PublishedSizeAsync(server);
        Assert.Empty(await FactsOfAsync(server, before));

        clock.Step(Step);
        var steppedAt = load.Elapsed;
        await TestWaits.UntilAsync(() => load.Acknowledged.Count(a => a.At > steppedAt) >= 10, "10 submissions after the step");
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        await server.WaitIntegratedAsync();

        // The facts of the requests acknowledged before the step are published now, not an hour and five minutes later.
        await TestWaits.UntilAsync(async () => (await FactsOfAsync(server, before)).Count == before.Count, "the facts of the requests made before the step", TimeSpan.FromSeconds(30));

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var ids = load.Ids;
        var subjects = ids.Select(id => "request:" + id).ToList();
        var received = await db.LedgerEvents.Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id && subjects.Contains(e.Subject))
            .Select(e => new { e.Subject, e.LeafIndex, e.OccurredAt }).ToListAsync();
        var checkpoints = await db.LedgerCheckpoints.OrderBy(c => c.Size).ToListAsync();
        output.WriteLine($"{ids.Count} acknowledged ({ids.Count - before.Count} after the step); published {sizeBefore} before the step, {checkpoints[^1].Size} at the end, {checkpoints.Count} checkpoints");

        Assert.Equal(ids.Count, received.Count);
        Assert.All(received, e => Assert.NotNull(e.LeafIndex));
        // The step took effect: events recorded after it carry times earlier than those recorded before it.
        var firstBefore = received.Where(r => before.Contains(r.Subject["request:".Length..])).Min(r => r.OccurredAt);
        Assert.Contains(received, e => e.OccurredAt < firstBefore);
        Assert.True(checkpoints[^1].Size > sizeBefore, "nothing was published after the step");
        Assert.Equal(checkpoints.Select(c => c.PublishedAt).Order(), checkpoints.Select(c => c.PublishedAt));
        foreach (var witness in new[] { w1, w2 })
        {
            var times = checkpoints.Where(c => c.Size > 0).Select(c => CosignedAt(c.Note, witness.VerifierKey)).ToList();
            Assert.Equal(times.Order(), times);
        }

        var verified = await new LogVerifier(new FileSystemTileStore(LedgerOptions.ForDataDirectory(data).LedgerDirectory), logKey).VerifyLogAsync(checkpoints[^1].Note);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
    }

    private static DateTimeOffset CosignedAt(string note, NoteVerifierKey witness)
    {
        var parsed = SignedNote.Parse(note).Value;
        var signature = parsed.Signatures.Single(s => s.KeyId == witness.KeyId && s.KeyName == witness.Name);
        return Cosignature.Verify(witness, parsed.Text, signature).Value;
    }

    private static async Task<long> PublishedSizeAsync(CustosTestServer server)
    {
        using var client = server.NewClient();
        return (long)(await LedgerWaits.CurrentAsync(client)).Checkpoint.Size;
    }

    /// <summary>The requests among <paramref name="ids"/> whose public facts are in the log.</summary>
    private static async Task<HashSet<string>> FactsOfAsync(CustosTestServer server, HashSet<string> ids)
    {
        await using var scope = server.Services.CreateAsyncScope();
        // The subject of a request's facts (FactsStaging.RequestSubject): unlinkable to the request's own events in the log.
        var subjects = ids.Select(id => "request-facts:" + id).ToList();
        var facts = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().LedgerEvents
            .Where(e => e.EventTypeId == LedgerEventTypes.RequestFacts.Id && subjects.Contains(e.Subject)).Select(e => e.Subject).ToListAsync();
        return [.. facts.Distinct()];
    }
}
