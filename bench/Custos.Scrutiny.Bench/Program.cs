using System.Diagnostics;
using System.Globalization;
using Custos.Application.Policy;
using Custos.Application.Scrutiny;
using Custos.Domain.Scrutiny;

// Reports the median time of one ScrutinyEngine.Evaluate over the shared scenarios, and as a baseline the median
// time of parsing the same scenario file (RequestJson.Read) in the same run. Usage: [scenario folder] [evaluations]
var folder = args.Length > 0 ? args[0] : FindScenarios();
var evaluations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
if (folder is null || !Directory.Exists(folder))
{
    Console.Error.WriteLine("No scenario folder: pass one, or run beside ../shared/scenarios.");
    return 2;
}

var policy = PolicyReader.Default.Value;
var texts = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
var files = texts.Select(t => RequestJson.Read(t).Value).ToArray();
var contexts = files.Select(f => new ScrutinyContext { AsOf = f.Context!.AsOf!.Value, ProviderCountry = f.Context.Provider!.Country! }).ToArray();

var evaluate = Measure(i => ScrutinyEngine.Evaluate(files[i].Request!, policy, contexts[i]).IsSuccess);
var parse = Measure(i => RequestJson.Read(texts[i]).IsSuccess);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{files.Length} scenarios, {evaluations:N0} evaluations each way on {Environment.ProcessorCount} cores"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scrutiny evaluate: median {evaluate.Median:F1} µs, p99 {evaluate.P99:F1} µs"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline JSON parse of the same file: median {parse.Median:F1} µs, p99 {parse.P99:F1} µs"));
return evaluate.Median < 1000 ? 0 : 1;

(double Median, double P99) Measure(Func<int, bool> run)
{
    // Warm up for a while, not a count: tiered compilation promotes a method to optimised code only after calls have
    // gone on for a time, and the lexicon's many small searches stayed in unoptimised code through 2,000 evaluations.
    // A server scrutinises for hours; the steady state is what is measured.
    var warmUp = Stopwatch.StartNew();
    for (var i = 0; i < 2_000 || warmUp.Elapsed < TimeSpan.FromSeconds(3); i++)
    {
        run(i % files.Length);
    }

    var samples = new double[evaluations];
    for (var i = 0; i < evaluations; i++)
    {
        var start = Stopwatch.GetTimestamp();
        if (!run(i % files.Length))
        {
            throw new InvalidOperationException("A scenario failed to evaluate.");
        }

        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    Array.Sort(samples);
    return (samples[samples.Length / 2], samples[(int)(samples.Length * 0.99)]);
}

static string? FindScenarios()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
        {
            var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "scenarios"));
            return Directory.Exists(path) ? path : null;
        }
    }

    return null;
}
