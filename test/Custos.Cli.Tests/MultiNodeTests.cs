using System.Diagnostics;
using Custos.Domain.Events;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Custos.Cli.Tests;

/// <summary>
/// Three <c>custos serve --database postgres://…</c> processes on loopback against one PostgreSQL database: agencies
/// submit through all three at once, the leader is killed with SIGKILL, submissions go on; then every acknowledged
/// submission and its event is in the log, a new leader took over within seconds, the log served by a surviving node
/// verifies with <c>custos ledger verify</c>, the nodes serve the same tiles, and the published size never went down.
/// </summary>
[Collection("console")]
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan BeforeKill = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AfterKill = TimeSpan.FromSeconds(8);

    /// <summary>How soon another node must hold the leadership after the kill.</summary>
    private static readonly TimeSpan TakeoverLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How soon the new leader must have published its first checkpoint (3.3 s measured; generous for a loaded machine).
    /// </summary>
    private static readonly TimeSpan PublishLimit = TimeSpan.FromSeconds(20);

    [Theory, PostgresData]
    public async Task Serve_ThreeNodesLeaderKilledUnderLoad_LosesNothingAcknowledgedAndAnotherNodeTakesOver(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var url = ServeNode.PostgresUrl(database.Settings.ConnectionString);
        var data = TestEnvironment.NewTempDirectory("multinode");
        var nodes = new List<ServeNode>();
        try
        {
            // The first node creates the schema and the keys in the shared data folder; the other two then join.
            nodes.Add(ServeNode.Start(data, url));
            await nodes[0].WaitReadyAsync();
            nodes.Add(ServeNode.Start(data, url));
            nodes.Add(ServeNode.Start(data, url));
            await Task.WhenAll(nodes.Skip(1).Select(n => n.WaitReadyAsync()));
            var key = await ServeNode.AgencyKeyAsync(data, url);

            var leader = await WaitForOneLeaderAsync(nodes, TimeSpan.FromSeconds(10));
            output.WriteLine($"leader: node on port {leader.Port}");

            var load = new SubmissionLoad();
            var sizes = new SizeWatch();
            using var stopWriters = new CancellationTokenSource();
            using var stopPolling = new CancellationTokenSource();
            var writers = nodes.SelectMany(node => Enumerable.Range(0, 3).Select(w => load.RunAsync(node.Http.BaseAddress!, key, $"{node.Port}-{w}", stopWriters.Token))).ToList();
            var poller = PollCheckpointsAsync(nodes, sizes, stopPolling.Token);

            // Warm up (the first submissions on each node compile their code paths), then load for a while, then kill.
            var warming = Stopwatch.StartNew();
            while (load.Acknowledged.Count < 30 && warming.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            await Task.Delay(BeforeKill);
            var beforeKill = load.Acknowledged.Count;
            var publishedAtKill = sizes.Max;
            leader.Kill();
            var killedAt = Stopwatch.StartNew();
            var killedUtc = DateTimeOffset.UtcNow;
            var survivors = nodes.Where(n => n != leader).ToList();
            var successor = await WaitForOneLeaderAsync(survivors, TakeoverLimit);
            var elected = killedAt.Elapsed;
            if (AfterKill > killedAt.Elapsed)
            {
                await Task.Delay(AfterKill - killedAt.Elapsed);
            }

            await stopWriters.CancelAsync();
            await Task.WhenAll(writers);

            // Wait until the published checkpoint covers every event in the database, polling all the while.
            await using var db = database.CreateContext();
            var events = await db.LedgerEvents.LongCountAsync();
            var settling = Stopwatch.StartNew();
            while (sizes.Max < events && settling.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200);
            }

            await stopPolling.CancelAsync();
            await poller;
            var head = await PublishedSizeAsync(survivors[0]);
            var checkpoints = await db.LedgerCheckpoints.OrderBy(c => c.Size).Select(c => new { c.Size, c.PublishedAt }).ToListAsync();
            var firstAfter = checkpoints.FirstOrDefault(c => c.PublishedAt > killedUtc);
            output.WriteLine($"killed the leader at {killedUtc:HH:mm:ss.fff} (published size {publishedAtKill}); new leader on port {successor.Port} after {Seconds(elected)}; " +
                $"the first checkpoint signed after the kill {(firstAfter is null ? "never" : Seconds(firstAfter.PublishedAt - killedUtc))} after the kill");
            output.WriteLine($"{beforeKill} submissions acknowledged before the kill, {load.Acknowledged.Count} in all; {sizes.Observations} checkpoint reads; {events} events, final size {head}");
            output.WriteLine("checkpoints (size @ seconds from the kill): " +
                string.Join(", ", checkpoints.Select(c => $"{c.Size}@{(c.PublishedAt - killedUtc).TotalSeconds:0.0}")));
            Assert.True(beforeKill > 0 && load.Acknowledged.Count > beforeKill, $"load too light to test anything: {beforeKill} before, {load.Acknowledged.Count} in all");
            Assert.True(elected < TakeoverLimit, $"no new leader within {TakeoverLimit}");
            Assert.True(sizes.Max > publishedAtKill, $"nothing published after the kill (stuck at {publishedAtKill})");
            Assert.True(firstAfter is not null && firstAfter.PublishedAt - killedUtc < PublishLimit, $"the new leader published nothing within {PublishLimit}");
            Assert.Empty(sizes.Decreases);
            Assert.True(head >= events, $"the published log ({head}) does not cover the {events} events committed");

            var ids = load.Ids;
            var stored = await db.Requests.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync();
            Assert.Equal(ids.Count, stored.Count);
            var subjects = ids.Select(id => "request:" + id).ToList();
            var received = await db.LedgerEvents
                .Where(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id && subjects.Contains(e.Subject))
                .Select(e => new { e.Subject, e.LeafIndex })
                .ToListAsync();
            Assert.Equal(ids.Count, received.Select(e => e.Subject).Distinct().Count());
            Assert.All(received, e => Assert.True(e.LeafIndex is { } leaf && leaf < head, $"{e.Subject} is not in the published log"));

            // Every survivor serves the same bytes, and the log one of them serves verifies.
            var first = head >= 256 ? "000" : $"000.p/{head}";
            foreach (var path in new[] { "tile/0/" + first, "tile/entries/" + first })
            {
                var bytes = await Task.WhenAll(survivors.Select(n => n.Http.GetByteArrayAsync("/ledger/" + path)));
                Assert.Equal(bytes[0], bytes[1]);
            }

            var verifierKey = await survivors[1].Http.GetStringAsync("/ledger/key");
            var (code, verifyOutput, verifyErrors) = await CliRun.RunAsync(
                ["ledger", "verify", "--url", $"http://127.0.0.1:{survivors[1].Port}/ledger/", "--key", verifierKey.Trim(), "--state", Path.Combine(data, "verify.state")]);
            output.WriteLine(verifyOutput);
            Assert.True(code == 0, verifyErrors);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Kill();
                output.WriteLine($"--- node {node.Port} ---\n{node.Log}");
                node.Dispose();
            }
        }
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.0} s";

    /// <summary>Reads the published checkpoint from the live nodes in turn, one read at a time, until stopped.</summary>
    private static async Task PollCheckpointsAsync(List<ServeNode> nodes, SizeWatch sizes, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var node = nodes[i % nodes.Count];
            if (!node.Killed)
            {
                try
                {
                    sizes.Observe(await PublishedSizeAsync(node), node.Port);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // The node was killed between the check and the read.
                }
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static async Task<long> PublishedSizeAsync(ServeNode node)
    {
        var note = SignedNote.Parse(await node.Http.GetStringAsync("/ledger/checkpoint"));
        return (long)Checkpoint.Parse(note.Value.Text).Value.Size;
    }

    private static async Task<ServeNode> WaitForOneLeaderAsync(List<ServeNode> nodes, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var leaders = new List<ServeNode>();
            foreach (var node in nodes)
            {
                var scrape = await PrometheusScrape.ReadAsync(node.Http);
                if (scrape.All("custos_ledger_leader").Sum(s => s.Value) == 1)
                {
                    leaders.Add(node);
                }
            }

            Assert.True(leaders.Count <= 1, $"{leaders.Count} nodes lead at once");
            if (leaders.Count == 1)
            {
                return leaders[0];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No node led within {limit}.");
    }

    /// <summary>The published sizes seen, in the order they were read, and every read smaller than one before it.</summary>
    private sealed class SizeWatch
    {
        private readonly Lock _gate = new();

        public long Max { get; private set; }

        public int Observations { get; private set; }

        public List<string> Decreases { get; } = [];

        public void Observe(long size, int port)
        {
            lock (_gate)
            {
                Observations++;
                if (size < Max)
                {
                    Decreases.Add($"{size} from port {port} after {Max}");
                }

                Max = Math.Max(Max, size);
            }
        }
    }
}
