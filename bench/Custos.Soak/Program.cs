using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Custos.Application.Ledger;
using Custos.Soak;

// Soak: custos serve (embedded SQLite, the ledger integrator running) publishing through two custos witness processes with
// a quorum of two, each its own process on loopback. First a short closed-loop run measures saturation (--clients agency
// clients submitting back to back); then agencies submit at half that rate for --minutes (open loop, latency timed from
// when each request was due). Every minute: requests answered, errors, p50/p99 latency, the node's and the witnesses' RSS,
// the published log size. At the end a verdict (memory flat, p99 steady) and custos ledger verify of the whole log.
//   bench/soak/soak.sh [minutes]      or      dotnet run -c Release --project bench/Custos.Soak -- [--minutes 30] [--clients 16] [--saturation-seconds 20] [--warm-up 6]
var minutes = Option("--minutes", 30);
var clients = Option("--clients", 16);
var saturationSeconds = Option("--saturation-seconds", 20);
var warmUp = Option("--warm-up", 6);
var data = Directory.CreateTempSubdirectory("custos-soak").FullName;
var origin = LedgerOptions.DefaultOrigin;
Console.WriteLine(Invariant($"Soak: {minutes} min at half of saturation, {Environment.ProcessorCount} cores, data folder {data}"));

string logKey;
using (var signer = LedgerSigner.LoadOrCreate(LedgerOptions.ForDataDirectory(data)))
{
    logKey = signer.VerifierKey.Format();
}

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var witnesses = new List<(CustosProcess Process, string Option)>();
var processes = new List<CustosProcess>();
try
{
    foreach (var name in new[] { "w1", "w2" })
    {
        var folder = Path.Combine(data, "witness-" + name);
        var keyFile = Path.Combine(data, name + ".key");
        var created = await CustosProcess.RunAsync("witness", "key", "--key-file", keyFile, "--name", "witness.soak/" + name);
        var verifierKey = LastLine(created);
        var port = CustosProcess.FreePort();
        var witness = CustosProcess.Start("witness", "serve", "--listen", Invariant($"http://127.0.0.1:{port}"), "--state", folder, "--key-file", keyFile, "--log", $"{origin}={logKey}");
        processes.Add(witness);
        await witness.WaitForAsync(http, new Uri(Invariant($"http://127.0.0.1:{port}/")), TimeSpan.FromSeconds(60));
        witnesses.Add((witness, Invariant($"{name}=http://127.0.0.1:{port}/={verifierKey}")));
    }

    var nodePort = CustosProcess.FreePort();
    var baseAddress = new Uri(Invariant($"http://127.0.0.1:{nodePort}"));
    var node = CustosProcess.Start(["serve", "--data", data, "--port", nodePort.ToString(CultureInfo.InvariantCulture), "--provider-country", "US",
        .. witnesses.SelectMany(w => new[] { "--witness", w.Option }), "--witness-quorum", "2"]);
    processes.Add(node);
    await node.WaitForAsync(http, new Uri(baseAddress, "/health/ready"), TimeSpan.FromSeconds(120));

    await CustosProcess.RunAsync("agencies", "add", "--data", data, "--name", "Drug Enforcement Administration", "--country", "US", "--type", "police", "--domain", "dea.gov");
    await CustosProcess.RunAsync("agencies", "verify", "dea.gov", "--data", data, "--method", "published-phone", "--note", "Soak");
    var key = LastLine(await CustosProcess.RunAsync("agencies", "key", "dea.gov", "--data", data, "--name", "soak"));
    using var agency = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    agency.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    var load = new Load(agency);

    await load.SaturateAsync(clients, TimeSpan.FromSeconds(5));
    var saturation = await load.SaturateAsync(clients, TimeSpan.FromSeconds(saturationSeconds));
    var rate = saturation / 2;
    Console.WriteLine(Invariant($"Saturation: {saturation:F1} requests/s with {clients} clients back to back ({saturationSeconds} s). Offered during the soak: {rate:F1}/s."));
    Console.WriteLine();
    Console.WriteLine("minute  answered  errors  p50 ms  p99 ms  node RSS MB  witnesses RSS MB  published size");

    using var stop = new CancellationTokenSource();
    var offered = load.OfferAsync(rate, stop.Token);
    var rows = new List<Minute>();
    for (var minute = 1; minute <= minutes; minute++)
    {
        var rss = new List<double>();
        var witnessRss = new List<double>();
        var end = Stopwatch.GetTimestamp() + (long)(60 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            if (node.HasExited)
            {
                throw new InvalidOperationException("custos serve exited during the soak:\n" + node.Output);
            }

            rss.Add(node.ResidentMegabytes());
            witnessRss.Add(witnesses.Sum(w => w.Process.ResidentMegabytes()));
            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        var (latencies, errors) = load.Drain();
        Array.Sort(latencies);
        var row = new Minute(minute, latencies.Length, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.99), rss.Average(), witnessRss.Average(), await PublishedSizeAsync(http, baseAddress));
        rows.Add(row);
        Console.WriteLine(Invariant($"{row.Number,6}  {row.Answered,8}  {row.Errors,6}  {row.P50,6:F1}  {row.P99,6:F1}  {row.NodeRss,11:F0}  {row.WitnessRss,16:F0}  {row.Published,14}"));
    }

    await stop.CancelAsync();
    await offered;
    Console.WriteLine();
    Console.WriteLine(Verdict.Of(rows, warmUp));

    var ledgerKey = (await http.GetStringAsync(new Uri(baseAddress, "/ledger/key"))).Trim();
    var verified = await CustosProcess.RunAsync("ledger", "verify", "--url", new Uri(baseAddress, "/ledger/").ToString(), "--key", ledgerKey, "--state", Path.Combine(data, "verify.state"));
    Console.WriteLine(verified.Split('\n').FirstOrDefault(l => l.Contains("Verified", StringComparison.Ordinal)) ?? verified);
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
finally
{
    foreach (var process in processes)
    {
        process.Dispose();
    }
}

static async Task<long> PublishedSizeAsync(HttpClient http, Uri baseAddress)
{
    var lines = (await http.GetStringAsync(new Uri(baseAddress, "/ledger/checkpoint"))).Split('\n');
    return long.Parse(lines[1], CultureInfo.InvariantCulture);
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static string LastLine(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
