using System.Globalization;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Sanctions.Bench;

/// <summary>
/// <c>custos sanctions match</c> of a file of queries, end to end (process start-up, the index built from the lists
/// stored in the database, every query screened, the file written), against a baseline in this process: the same lists
/// read from their files, indexed, and the same queries screened on all cores.
/// </summary>
internal static class MatchBench
{
    public static void Run(BenchOptions options)
    {
        var queries = options.Queries ?? throw new InvalidOperationException("--queries FILE (id,name,dob,country,type)");
        var rows = File.ReadAllLines(queries).Skip(1).Select(l => l.Split(',')).Where(r => r.Length >= 5).ToList();
        Console.WriteLine($"load average {Runner.Load()}; {rows.Count:N0} queries; {options.Runs} runs each");
        var data = Runner.NewDataFolder("match");
        Runner.Custos(options, ["sanctions", "import", .. options.FullSdn, "--data", data]);
        Runner.Custos(options, ["sanctions", "import", .. options.Consolidated, "--data", data]);
        Runner.Custos(options, ["sanctions", "import", .. options.Un, "--data", data]);

        var baseline = new List<(double Build, double Screen)>();
        for (var run = 0; run < options.Runs; run++)
        {
            ScreeningIndex? index = null;
            var build = Runner.Time(() => index = ScreeningIndex.Build([Read(options.FullSdn), Read(options.Consolidated), Read(options.Un)]));
            var found = 0;
            var screen = Runner.Time(() => Parallel.ForEach(rows, r =>
            {
                var query = new ScreeningQuery(r[1]) { BirthDate = BirthDate.Parse(r[2]), Country = r[3].Length == 0 ? null : r[3], Kind = r[4] == "person" ? EntityKind.Person : EntityKind.Unknown };
                if (index!.Screen(query, 10).Any(h => h.RequiresReview))
                {
                    Interlocked.Increment(ref found);
                }
            }));
            baseline.Add((build, screen));
            Console.WriteLine($"  baseline run {run + 1}: read and build {build:N0} ms, screen {screen:N0} ms, {found:N0} queries with a hit");
        }

        var endToEnd = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var output = Path.Combine(data, "out.csv");
            var (ms, text) = Runner.Custos(options, ["sanctions", "match", "--queries", queries, "--top", "10", "--out", output, "--data", data]);
            endToEnd.Add(ms);
            Console.WriteLine($"  custos run {run + 1}: {ms:N0} ms — {text.Trim()}");
        }

        Console.WriteLine($"baseline (in process, lists from files): read+build median {Runner.Median(baseline.Select(b => b.Build))}, screen median {Runner.Median(baseline.Select(b => b.Screen))}, total median {Runner.Median(baseline.Select(b => b.Build + b.Screen))}");
        Console.WriteLine($"custos sanctions match, whole process: median {Runner.Median(endToEnd)} (runs: {string.Join(", ", endToEnd.Select(e => e.ToString("N0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"load average after {Runner.Load()}");
    }

    private static ListSnapshot Read(string[] files)
    {
        var read = ListReader.ReadFiles(files);
        return read.IsSuccess ? read.Value : throw new InvalidOperationException(read.Error.ToString());
    }
}
