using System.Globalization;
using Custos.Bench;

// Durable appends through the application's append API (LedgerAppender: concurrent callers are group-committed and each
// call returns once its event is durably committed), many concurrent writers, with the integrator publishing
// checkpoints meanwhile as in `custos serve`; and the latency from commit to a signed, published checkpoint that
// includes the event. Baseline in the same run: the same number of writers doing bare single-row INSERT transactions
// through ADO.NET on the same database server with the same sync settings. Embedded SQLite by default; with --database,
// PostgreSQL (a fresh database is created for each measurement and dropped after).
//   dotnet run -c Release --project bench/Custos.Bench -- [--writers 16] [--seconds 10] [--runs 1] [--warmup 2]
//       [--database 'Host=127.0.0.1;Port=55432;Username=postgres' | postgres://user@host:port]
var writers = Option("--writers", 16);
var seconds = Option("--seconds", 10);
var runs = Option("--runs", 1);
var warmUp = TimeSpan.FromSeconds(Option("--warmup", 2));
var server = BenchDatabase.Parse(OptionText("--database"));
var duration = TimeSpan.FromSeconds(seconds);
Console.WriteLine(Text($"writers {writers}, {seconds} s per measurement after {warmUp.TotalSeconds:0} s of warm-up, {runs} run(s), {Environment.ProcessorCount} cores, load {Load()}"));
Console.WriteLine(Text($"database: {await server.DescribeAsync()}"));

for (var run = 1; run <= runs; run++)
{
    Console.WriteLine(Text($"run {run}"));
    double minimal;
    await using (var database = await server.CreateAsync("baseline"))
    {
        minimal = await Baseline.RunAsync(database, writers, duration, warmUp, eventSized: false);
    }

    Console.WriteLine(Text($"  baseline  bare INSERT transactions, minimal row:     {minimal,10:N0} /s"));
    double baseline;
    await using (var database = await server.CreateAsync("baseline"))
    {
        baseline = await Baseline.RunAsync(database, writers, duration, warmUp, eventSized: true);
    }

    Console.WriteLine(Text($"  baseline  bare INSERT transactions, event-sized row: {baseline,10:N0} /s"));
    AppendResult appends;
    await using (var database = await server.CreateAsync("ledger"))
    {
        appends = await Appends.RunAsync(database, writers, duration, warmUp);
    }

    Console.WriteLine(Text(
        $"  custos    ledger appends (append API):               {appends.Rate,10:N0} /s   ({appends.Rate / minimal:0.00}x the minimal row, {appends.Rate / baseline:0.00}x the event-sized row)"));
    var latencies = appends.Latencies;
    latencies.Sort();
    Console.WriteLine(Text(
        $"  commit → signed checkpoint: p50 {Percentile(latencies, 0.50):N0} ms, p99 {Percentile(latencies, 0.99):N0} ms, max {latencies[^1]:N0} ms ({latencies.Count:N0} samples); {appends.Checkpoints:N0} checkpoints, {appends.Rate * seconds / Math.Max(1, appends.Checkpoints):N0} events each on average"));
    var gaps = appends.Gaps;
    gaps.Sort();
    if (gaps.Count > 0)
    {
        Console.WriteLine(Text($"  time between checkpoints: p50 {Percentile(gaps, 0.50):N0} ms, p99 {Percentile(gaps, 0.99):N0} ms, max {gaps[^1]:N0} ms"));
    }

    Console.WriteLine(Text($"  load {Load()}"));
}

return 0;

int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
