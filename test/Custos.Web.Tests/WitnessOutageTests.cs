using Custos.Application.Ledger;
using Custos.Domain.Events;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;
using Custos.Ledger.Witness;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Custos.Web.Tests;

/// <summary>
/// Custos with two witnesses and a quorum of one, under a write load, while one witness is down for a few seconds and
/// then comes back with its state: publication never stops, and the returning witness cosigns again by itself.
/// </summary>
public class WitnessOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Publish_OneOfTwoWitnessesDownUnderLoad_KeepsPublishingAndItsCosignaturesResume()
    {
        var data = TestEnvironment.NewTempDirectory("witness-outage");
        await using var w1 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w1");
        await using var w2 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w2");
        var logKey = w1.LogKey;
        var witnessing = new WitnessingOptions([w1.Endpoint(), w2.Endpoint()], 1, TimeSpan.FromSeconds(2));
        await using var server = await CustosTestServer.StartAsync(dataDirectory: data, witnessing: witnessing);
        using var agency = await server.AgencyWithKeyAsync();
        var key = agency.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        using var client = server.NewClient();

        var load = new SubmissionLoad();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 3).Select(w => load.RunAsync(server.BaseAddress, key, $"w{w}", stop.Token)).ToList();
        await TestWaits.UntilAsync(() => load.Acknowledged.Count >= 10, "10 submissions before the outage");
        await TestWaits.UntilAsync(async () => CosignedBy(await LedgerWaits.CurrentAsync(client), w2), "a checkpoint cosigned by both witnesses");

        await w2.StopAsync();
        var down = await LedgerWaits.CurrentAsync(client);
        await Task.Delay(Outage);
        var duringOutage = await LedgerWaits.CurrentAsync(client);
        await w2.StartAsync(logKey);
        await TestWaits.UntilAsync(async () => CosignedBy(await LedgerWaits.CurrentAsync(client), w2), "a checkpoint cosigned again by the witness that came back", TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        await server.WaitIntegratedAsync();

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var checkpoints = await db.LedgerCheckpoints.Where(c => c.Size > (long)down.Checkpoint.Size).OrderBy(c => c.Size).Select(c => c.Note).ToListAsync();
        var withoutW2 = checkpoints.Count(n => !CosignedBy(n, w2));
        output.WriteLine($"published {down.Checkpoint.Size} when the witness stopped, {duringOutage.Checkpoint.Size} {Outage.TotalSeconds} s later; " +
            $"{checkpoints.Count} checkpoints since, {withoutW2} without the stopped witness; {load.Acknowledged.Count} acknowledged");
        Assert.True(duringOutage.Checkpoint.Size > down.Checkpoint.Size, "nothing was published while one witness was down");
        Assert.True(withoutW2 > 0, "no checkpoint was published with one witness only");
        Assert.All(checkpoints, n => Assert.True(CosignedBy(n, w1), "a checkpoint lacks the cosignature of the witness that stayed up"));

        var ids = load.Ids;
        var subjects = ids.Select(id => "request:" + id).ToList();
        var received = await db.LedgerEvents.Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id && subjects.Contains(e.Subject)).Select(e => e.LeafIndex).ToListAsync();
        Assert.Equal(ids.Count, received.Count);
        Assert.All(received, leaf => Assert.NotNull(leaf));
        var last = await LedgerWaits.CurrentAsync(client);
        var verified = await new LogVerifier(new FileSystemTileStore(LedgerOptions.ForDataDirectory(data).LedgerDirectory), logKey).VerifyLogAsync(last.Note.Format());
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
    }

    private static bool CosignedBy((SignedNote Note, Checkpoint Checkpoint) published, LoopbackWitness witness) => CosignedBy(published.Note, witness);

    private static bool CosignedBy(string note, LoopbackWitness witness) => CosignedBy(SignedNote.Parse(note).Value, witness);

    private static bool CosignedBy(SignedNote note, LoopbackWitness witness) =>
        note.Signatures.Any(s => s.KeyId == witness.VerifierKey.KeyId && s.KeyName == witness.VerifierKey.Name
            && Cosignature.Verify(witness.VerifierKey, note.Text, s).IsSuccess);
}
