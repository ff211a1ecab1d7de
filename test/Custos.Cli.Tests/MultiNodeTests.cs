using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Custos.Domain.Events;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
        var url = PostgresUrl(database.Settings.ConnectionString);
        var data = TestEnvironment.NewTempDirectory("multinode");
        var nodes = new List<Node>();
        try
        {
            // The first node creates the schema and the keys in the shared data folder; the other two then join.
            nodes.Add(Node.Start(data, url));
            await nodes[0].WaitReadyAsync();
            nodes.Add(Node.Start(data, url));
            nodes.Add(Node.Start(data, url));
            await Task.WhenAll(nodes.Skip(1).Select(n => n.WaitReadyAsync()));
            var key = await AgencyKeyAsync(data, url);

            var leader = await WaitForOneLeaderAsync(nodes, TimeSpan.FromSeconds(10));
            output.WriteLine($"leader: node on port {leader.Port}");

            var acknowledged = new ConcurrentBag<string>();
            var sizes = new SizeWatch();
            using var stopWriters = new CancellationTokenSource();
            using var stopPolling = new CancellationTokenSource();
            var writers = nodes.SelectMany(node => Enumerable.Range(0, 3).Select(w => SubmitUntilAsync(node, key, $"{node.Port}-{w}", acknowledged, stopWriters.Token))).ToList();
            var poller = PollCheckpointsAsync(nodes, sizes, stopPolling.Token);

            // Warm up (the first submissions on each node compile their code paths), then load for a while, then kill.
            var warming = Stopwatch.StartNew();
            while (acknowledged.Count < 30 && warming.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            await Task.Delay(BeforeKill);
            var beforeKill = acknowledged.Count;
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
            output.WriteLine($"{beforeKill} submissions acknowledged before the kill, {acknowledged.Count} in all; {sizes.Observations} checkpoint reads; {events} events, final size {head}");
            output.WriteLine("checkpoints (size @ seconds from the kill): " +
                string.Join(", ", checkpoints.Select(c => $"{c.Size}@{(c.PublishedAt - killedUtc).TotalSeconds:0.0}")));
            Assert.True(beforeKill > 0 && acknowledged.Count > beforeKill, $"load too light to test anything: {beforeKill} before, {acknowledged.Count} in all");
            Assert.True(elected < TakeoverLimit, $"no new leader within {TakeoverLimit}");
            Assert.True(sizes.Max > publishedAtKill, $"nothing published after the kill (stuck at {publishedAtKill})");
            Assert.True(firstAfter is not null && firstAfter.PublishedAt - killedUtc < PublishLimit, $"the new leader published nothing within {PublishLimit}");
            Assert.Empty(sizes.Decreases);
            Assert.True(head >= events, $"the published log ({head}) does not cover the {events} events committed");

            var ids = acknowledged.ToHashSet(StringComparer.Ordinal);
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

    /// <summary>Submits requests through <paramref name="node"/> until stopped; records the ids acknowledged (201).</summary>
    private static async Task SubmitUntilAsync(Node node, string key, string writer, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = node.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var agency = new AgencyApiClient(http, "multinode");
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = await agency.PostRequestAsync(TestRequests.SubpoenaFor($"acct-{writer}-{i}"));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
                    acknowledged.Add(body.RootElement.GetProperty("id").GetString()!);
                    continue;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A node that is gone: nothing was acknowledged.
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    /// <summary>Reads the published checkpoint from the live nodes in turn, one read at a time, until stopped.</summary>
    private static async Task PollCheckpointsAsync(List<Node> nodes, SizeWatch sizes, CancellationToken stop)
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

    private static async Task<long> PublishedSizeAsync(Node node)
    {
        var note = SignedNote.Parse(await node.Http.GetStringAsync("/ledger/checkpoint"));
        return (long)Checkpoint.Parse(note.Value.Text).Value.Size;
    }

    private static async Task<Node> WaitForOneLeaderAsync(List<Node> nodes, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var leaders = new List<Node>();
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

    /// <summary>A verified agency and its API key, made with the command line on the shared database.</summary>
    private static async Task<string> AgencyKeyAsync(string data, string url)
    {
        var (added, _, addErrors) = await CliRun.RunAsync(
            ["agencies", "add", "--data", data, "--database", url, "--name", "Drug Enforcement Administration", "--country", "US", "--type", "police", "--domain", "dea.gov"]);
        Assert.True(added == 0, addErrors);
        var (verified, _, verifyErrors) = await CliRun.RunAsync(
            ["agencies", "verify", "dea.gov", "--data", data, "--database", url, "--method", "published-phone", "--note", "Called the number on dea.gov"]);
        Assert.True(verified == 0, verifyErrors);
        var (created, keyOutput, keyErrors) = await CliRun.RunAsync(["agencies", "key", "dea.gov", "--data", data, "--database", url, "--name", "case system"]);
        Assert.True(created == 0, keyErrors);
        return keyOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    private static string PostgresUrl(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(builder.Password) ? "" : ":" + Uri.EscapeDataString(builder.Password);
        return $"postgres://{Uri.EscapeDataString(builder.Username!)}{password}@{builder.Host}:{builder.Port}/{builder.Database}";
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

    /// <summary>One <c>custos serve</c> process.</summary>
    private sealed class Node : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private Node(Process process, int port)
        {
            _process = process;
            Port = port;
            Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        }

        public int Port { get; }

        public HttpClient Http { get; }

        public bool Killed { get; private set; }

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public static Node Start(string data, string database)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "custos.dll"), "serve", "--data", data, "--database", database, "--port", port.ToString(CultureInfo.InvariantCulture), "--log-format", "json" })
            {
                start.ArgumentList.Add(arg);
            }

            var process = new Process { StartInfo = start };
            var node = new Node(process, port);
            process.OutputDataReceived += (_, line) => node.Append(line.Data);
            process.ErrorDataReceived += (_, line) => node.Append(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return node;
        }

        public async Task WaitReadyAsync()
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"custos serve on port {Port} exited ({_process.ExitCode}):\n{Log}");
                }

                try
                {
                    using var response = await Http.GetAsync("/health/ready");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"custos serve on port {Port} was not ready within 60 s:\n{Log}");
        }

        /// <summary>SIGKILL: no shutdown, no released lock other than what the operating system and PostgreSQL do.</summary>
        public void Kill()
        {
            Killed = true;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Http.Dispose();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
