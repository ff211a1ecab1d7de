using System.Diagnostics;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>
/// The processor time (not the elapsed time) of the single-threaded screening work, for comparing two builds on a machine
/// shared with other work: at a load average of 20 on two cores the elapsed time of a screen says more about the other
/// processes than about the code, while the processor time this process spends on the same work moves much less. Each
/// figure is the smallest of <c>rounds</c> rounds (of the same queries, the same pairs).
/// </summary>
internal static class CpuCost
{
    public static void Run(int rounds)
    {
        var snapshots = Corpus.ReadFull();
        var index = ScreeningIndex.Build(snapshots);
        // SCRIPT=latin or SCRIPT=arabic keeps the synthetic people written in Latin letters or in Arabic script only
        // (a tenth of them are in Arabic script), to tell the two apart.
        var script = Environment.GetEnvironmentVariable("SCRIPT");
        var people = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-global-synthetic.csv"))
            .Where(p => script is null || (script == "arabic") == p["full_name"].Any(c => c is >= '\u0600' and <= '\u06FF')).Take(3000)
            .Select(p => new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person, BirthDate = BirthDate.Parse(p["date_of_birth"]), Country = p["nationality"] })
            .ToList();
        var listed = snapshots.SelectMany(s => s.Entries).Where((_, i) => i % 8 == 0).Select(e => new ScreeningQuery(e.Names[0].Text) { Kind = e.Kind }).ToList();
        var pairs = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "name-pairs.csv"));

        // Warm up the code on other queries and pairs (JIT), not on the ones timed.
        foreach (var p in Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-us-synthetic.csv")).Take(3000))
        {
            index.Screen(new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person });
        }

        foreach (var p in pairs)
        {
            index.ScorePair(p["name2"], p["name1"], p["schema"]);
        }

        // A name in Arabic script too: the first one builds the Latin words' skeletons (IndexData.LatinWordsBySkeleton),
        // once per index, which would otherwise be counted to whichever timed query comes first.
        index.Screen(new ScreeningQuery("جمال حداد") { Kind = EntityKind.Person });

        var queries = people.Concat(listed).ToList();

        // Names seen for the first time, timed chunk by chunk as below: before each timing of a chunk the neighbours the
        // index remembers are put back as the warm-up left them, so that every timing of it finds its names new.
        if (Environment.GetEnvironmentVariable("WARM_INDEX") == "1")
        {
            index.WarmUp();
        }

        var afterWarmUp = index.Data.Neighbours.ToArray();
        void Restore()
        {
            index.Data.Neighbours.Clear();
            foreach (var (key, value) in afterWarmUp)
            {
                index.Data.Neighbours.TryAdd(key, value);
            }
        }

        var firstChunks = Fastest(queries, 20, 15, q => index.Screen(q), Restore);
        Restore();

        var first = Cpu(() => queries.ForEach(q => index.Screen(q))) / queries.Count;
        var again = Enumerable.Range(0, rounds).Min(_ => Cpu(() => queries.ForEach(q => index.Screen(q))) / queries.Count);
        var pair = Enumerable.Range(0, rounds).Min(_ => Cpu(() =>
        {
            for (var r = 0; r < 5; r++)
            {
                foreach (var p in pairs)
                {
                    index.ScorePair(p["name1"], p["name2"], p["schema"]);
                }
            }
        }) / (5.0 * pairs.Count));
        // The fastest of 15 timings of each small chunk (20 screens, 50 pairs), added up: on a loaded machine some
        // timing of each chunk is likely to run undisturbed, so the sum approaches the undisturbed time.
        var screenChunks = Fastest(queries, 20, 15, q => index.Screen(q));
        var pairChunks = Fastest(pairs, 50, 15, p => index.ScorePair(p["name1"], p["name2"], p["schema"]));
        var names = pairs.SelectMany(p => new[] { p["name1"], p["name2"] }).ToList();
        var normalizeChunks = Fastest(names, 50, 15, n => NameNormalizer.Normalize(n));
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine($"processor time per operation, one thread ({queries.Count} queries: {people.Count} synthetic people with DOB and nationality, {listed.Count} listed names; load average {load}):");
        Console.WriteLine($"  screen, names seen for the first time: {first:0.0} µs");
        Console.WriteLine($"  screen, names seen before (best of {rounds}): {again:0.0} µs ({1_000_000 / again:0} screens per processor-second)");
        Console.WriteLine($"  ScorePair, {pairs.Count} pairs x 5 (best of {rounds}): {pair:0.00} µs ({1_000_000 / pair:0} pairs per processor-second)");
        Console.WriteLine("elapsed time per operation, the fastest of 15 timings of each small chunk, added up:");
        Console.WriteLine($"  screen, names seen before: {screenChunks:0.0} µs; names seen for the first time: {firstChunks:0.0} µs; ScorePair: {pairChunks:0.00} µs; normalise a name of the pairs (kind unknown): {normalizeChunks:0.00} µs");
    }

    private static double Fastest<T>(List<T> items, int chunk, int timings, Action<T> work, Action? before = null)
    {
        var best = new double[(items.Count + chunk - 1) / chunk];
        Array.Fill(best, double.MaxValue);
        var watch = new Stopwatch();
        for (var t = 0; t < timings; t++)
        {
            for (var c = 0; c < best.Length; c++)
            {
                before?.Invoke();
                watch.Restart();
                for (var i = c * chunk; i < Math.Min(items.Count, (c + 1) * chunk); i++)
                {
                    work(items[i]);
                }

                best[c] = Math.Min(best[c], watch.Elapsed.TotalMicroseconds);
            }
        }

        return best.Sum() / items.Count;
    }

    /// <summary>The processor time of this process (every thread, the collector's included) while <paramref name="work"/> runs, in µs.</summary>
    private static double Cpu(Action work)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds;
    }
}
