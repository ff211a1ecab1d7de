using System.Net;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos serve</c> with its data folder (SQLite database, ledger tiles, keys) on a small file system that fills up to
/// the last byte under a write load, and is freed a few seconds later.
/// </summary>
[Collection("console")]
public sealed class DiskFullTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Full = TimeSpan.FromSeconds(4);

    [SmallFileSystemFact]
    public async Task Serve_DiskFullUnderLoad_RefusesWritesLosesNothingAndRecoversWhenSpaceIsFreed()
    {
        using var disk = SmallFileSystem.Mount(64);
        var data = Path.Combine(disk.Path, "data");
        using var node = ServeNode.Start(data, null);
        try
        {
            await node.WaitReadyAsync();
            var key = await ServeNode.AgencyKeyAsync(data, null);
            var load = new SubmissionLoad();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(w => load.RunAsync(node.Http.BaseAddress!, key, $"w{w}", stop.Token)).ToList();
            await TestWaits.UntilAsync(() => load.Acknowledged.Count >= 10, "10 submissions before the disk fills");

            var filledAt = load.Elapsed;
            var filler = disk.Fill();
            await TestWaits.UntilAsync(() => load.Failures.Any(f => f.At > filledAt), "a submission refused on the full disk", TimeSpan.FromSeconds(30));
            await Task.Delay(Full);
            using (var live = await node.Http.GetAsync("/health/live"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            var freedAt = load.Elapsed;
            disk.Free();
            await TestWaits.UntilAsync(() => load.Acknowledged.Count(a => a.At > freedAt) >= 10, "10 submissions after the space was freed");
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(data));
            await using var db = database.CreateContext();
            var events = await db.LedgerEvents.LongCountAsync();
            var head = await node.WaitForPublishedAsync(events, TimeSpan.FromSeconds(60));
            var refused = load.Failures.Where(f => f.At > filledAt && f.At < freedAt).GroupBy(f => f.Outcome).Select(g => $"{g.Key} × {g.Count()}");
            output.WriteLine($"filled with {filler / 1024} KiB; {load.Acknowledged.Count(a => a.At > filledAt && a.At < freedAt)} acknowledged while full, refused: {string.Join(", ", refused)}; " +
                $"{load.Acknowledged.Count(a => a.At > freedAt)} after, {load.Acknowledged.Count} in all; {events} events, published {head}");

            // A clear error: the operator's log names the cause; the agency got a problem document, no 201.
            Assert.Contains("disk is full", node.Log, StringComparison.Ordinal);
            Assert.All(load.Failures, f => Assert.Equal("500", f.Outcome));

            // Nothing acknowledged lost, nothing half-written, the log published and verifiable again.
            var ids = load.Ids;
            Assert.Equal(ids.Count, await db.Requests.CountAsync(r => ids.Contains(r.Id)));
            var requests = await db.Requests.Select(r => "request:" + r.Id).ToListAsync();
            var withEvent = await db.LedgerEvents.Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id).Select(e => e.Subject).ToListAsync();
            Assert.Equal(requests.Order(StringComparer.Ordinal), withEvent.Order(StringComparer.Ordinal));
            var leaves = await db.LedgerEvents.Select(e => e.LeafIndex).ToListAsync();
            Assert.Equal(Enumerable.Range(0, leaves.Count).Select(i => (long?)i), leaves.Order());
            Assert.Equal(events, head);
            var (code, verifyOutput, verifyErrors) = await node.VerifyLedgerAsync(Path.Combine(TestEnvironment.NewTempDirectory("disk-full"), "verify.state"));
            output.WriteLine(verifyOutput);
            Assert.True(code == 0, verifyErrors);
        }
        finally
        {
            node.Kill();
            output.WriteLine($"--- node ---\n{node.Log}");
        }
    }
}
