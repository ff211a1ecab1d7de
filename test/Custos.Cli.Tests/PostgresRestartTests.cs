using System.Net;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Custos.Cli.Tests;

/// <summary>
/// A <c>custos serve --database postgres://…</c> node under a write load while its PostgreSQL server crashes
/// (<c>pg_ctl -m immediate</c>) and comes back a few seconds later: a server of the test's own, never the shared one.
/// </summary>
[Collection("console")]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(3);

    /// <summary>How soon after the database is back the node must be ready again by itself.</summary>
    private static readonly TimeSpan BackLimit = TimeSpan.FromSeconds(30);

    [OwnPostgresFact]
    public async Task Serve_PostgresCrashesAndRestartsUnderLoad_LosesNothingAcknowledgedAndRecoversByItself()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var data = TestEnvironment.NewTempDirectory("pg-restart");
        using var node = ServeNode.Start(data, postgres.Url);
        try
        {
            await node.WaitReadyAsync();
            var key = await ServeNode.AgencyKeyAsync(data, postgres.Url);
            var load = new SubmissionLoad();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => load.RunAsync(node.Http.BaseAddress!, key, $"w{w}", stop.Token)).ToList();
            await TestWaits.UntilAsync(() => load.Acknowledged.Count >= 10, "10 submissions acknowledged before the crash");
            var publishedBefore = await node.PublishedSizeAsync();

            var crashedAt = load.Elapsed;
            await postgres.CrashAsync();
            var notReady = await node.WaitForReadinessAsync(ready: false, TimeSpan.FromSeconds(10));
            using (var live = await node.Http.GetAsync("/health/live"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            await Task.Delay(Down);
            await postgres.StartAgainAsync();
            var restartedAt = load.Elapsed;
            var backAfter = await node.WaitForReadinessAsync(ready: true, BackLimit);
            Assert.True(backAfter is not null, $"the node was not ready within {BackLimit} of the database's return:\n{node.Log}");
            await TestWaits.UntilAsync(() => load.Acknowledged.Count(a => a.At > restartedAt) >= 10, "10 submissions acknowledged after the restart");
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            var database = new CustosDatabase(new DatabaseSettings(DatabaseProvider.Postgres, postgres.ConnectionString));
            await using var db = database.CreateContext();
            var events = await db.LedgerEvents.LongCountAsync();
            var head = await node.WaitForPublishedAsync(events, TimeSpan.FromSeconds(60));
            var failures = load.Failures.Where(f => f.At > crashedAt).GroupBy(f => f.Outcome).Select(g => $"{g.Key} × {g.Count()}");
            output.WriteLine($"published {publishedBefore} before the crash; {load.Acknowledged.Count(a => a.At < crashedAt)} acknowledged before, " +
                $"{load.Acknowledged.Count(a => a.At > restartedAt)} after the restart, {load.Acknowledged.Count} in all; not ready {notReady?.TotalSeconds:0.0} s after the crash; " +
                $"ready {backAfter?.TotalSeconds:0.0} s after the database came back; refused meanwhile: {string.Join(", ", failures)}; {events} events, published {head}");

            // Nothing acknowledged lost: every id answered 201 is stored with its request.received event, in the published log.
            var ids = load.Ids;
            Assert.Equal(ids.Count, await db.Requests.CountAsync(r => ids.Contains(r.Id)));
            var subjects = ids.Select(id => "request:" + id).ToList();
            var received = await db.LedgerEvents.Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id && subjects.Contains(e.Subject))
                .Select(e => new { e.Subject, e.LeafIndex }).ToListAsync();
            Assert.Equal(ids.Count, received.Select(e => e.Subject).Distinct().Count());
            Assert.All(received, e => Assert.True(e.LeafIndex < head, $"{e.Subject} is not in the published log"));

            // Nothing half-written: every stored request (acknowledged or cut off mid-answer) has its event, and the log
            // is every event once, leaves 0…n-1.
            var requests = await db.Requests.Select(r => "request:" + r.Id).ToListAsync();
            var withEvent = await db.LedgerEvents.Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id).Select(e => e.Subject).ToListAsync();
            Assert.Empty(requests.Except(withEvent, StringComparer.Ordinal));
            var leaves = await db.LedgerEvents.Select(e => e.LeafIndex).ToListAsync();
            Assert.Equal(Enumerable.Range(0, leaves.Count).Select(i => (long?)i), leaves.Order());
            Assert.Equal(events, head);

            var (code, verifyOutput, verifyErrors) = await node.VerifyLedgerAsync(Path.Combine(data, "verify.state"));
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
