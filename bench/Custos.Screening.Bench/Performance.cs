using System.Diagnostics;
using System.Globalization;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>
/// Timings on this machine, each beside a baseline measured in the same run: reading the full SDN, building the
/// index, one screen (median and tail over real and synthetic names) against a plain dictionary lookup of the
/// normalised name and against a linear scan of every name, screens per second on all cores, pair scores per second.
/// </summary>
internal sealed class Performance(double threshold)
{
    public void Run()
    {
        var read = new List<double>();
        ListSnapshot sdn = null!;
        for (var i = 0; i < 6; i++)
        {
            read.Add(Corpus.Time(() => sdn = Corpus.Read(Corpus.FullSdnFiles)));
        }

        var snapshots = new List<ListSnapshot> { sdn, Corpus.Read(Corpus.ConsolidatedFiles), Corpus.Read(Corpus.UnFiles) };
        var build = new List<double>();
        ScreeningIndex index = null!;
        for (var i = 0; i < 4; i++)
        {
            build.Add(Corpus.Time(() => index = ScreeningIndex.Build(snapshots, ScreeningOptions.Default with { ReviewThreshold = threshold })));
        }

        var queries = Queries(snapshots);
        foreach (var q in queries.Take(2000))
        {
            index.Screen(q);
        }

        var latencies = new List<double>(queries.Count);
        var watch = new Stopwatch();
        foreach (var q in queries)
        {
            watch.Restart();
            index.Screen(q);
            latencies.Add(watch.Elapsed.TotalMicroseconds);
        }

        latencies.Sort();
        var names = snapshots.SelectMany(s => s.Entries).SelectMany(e => e.Names.Select(n => (Key: NameNormalizer.Normalize(n.Text, e.Kind).Display, Entry: e)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Entry, StringComparer.Ordinal);
        var dictionary = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            watch.Restart();
            _ = names.TryGetValue(NameNormalizer.Normalize(q.Name, q.Kind).Display, out _);
            dictionary.Add(watch.Elapsed.TotalMicroseconds);
        }

        var allNames = names.Keys.ToList();
        var scan = new List<double>();
        foreach (var q in queries.Take(20))
        {
            watch.Restart();
            foreach (var name in allNames)
            {
                _ = index.ScorePair(q.Name, name);
            }

            scan.Add(watch.Elapsed.TotalMicroseconds);
        }

        var total = Stopwatch.StartNew();
        var screened = 0;
        Parallel.ForEach(Enumerable.Range(0, 3).SelectMany(_ => queries), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            index.Screen(q);
            Interlocked.Increment(ref screened);
        });
        var throughput = screened / total.Elapsed.TotalSeconds;

        var pairs = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "name-pairs.csv"));
        var pairWatch = Stopwatch.StartNew();
        var scored = 0;
        for (var round = 0; round < 20; round++)
        {
            foreach (var p in pairs)
            {
                index.ScorePair(p["name1"], p["name2"], p["schema"]);
                scored++;
            }
        }

        var pairMicros = pairWatch.Elapsed.TotalMicroseconds / scored;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("measure                                   | value");
        Console.WriteLine("------------------------------------------+------------------------------------------------");
        Row("read full SDN (sdn+alt+add+comments)", $"median {Corpus.Median(read):0} ms (first, cold: {read[0]:0} ms)");
        Row("build index over full corpus", $"median {Corpus.Median(build):0} ms ({index.EntryCount} entries, {index.NameCount} names)");
        Row("screen, one query (" + latencies.Count + " queries)", $"median {Corpus.Percentile(latencies, 0.5):0} µs, p95 {Corpus.Percentile(latencies, 0.95):0} µs, p99 {Corpus.Percentile(latencies, 0.99):0} µs");
        Row("  baseline: dictionary lookup of the name", $"median {Corpus.Median(dictionary):0.0} µs (exact normalised name only)");
        Row("  baseline: linear scan, ScorePair x all", $"median {Corpus.Median(scan) / 1000:0.0} ms over {allNames.Count} names");
        Row("screens per second, all cores", $"{throughput:0} /s ({Environment.ProcessorCount} cores; 1,000,000 in {1_000_000 / throughput:0} s)");
        Row("ScorePair (normalise both + align)", $"{pairMicros:0.0} µs per pair, {1_000_000 / pairMicros:0} pairs/s on one core");
    }

    private static void Row(string measure, string value) => Console.WriteLine(measure.PadRight(42) + "| " + value);

    private static List<ScreeningQuery> Queries(List<ListSnapshot> snapshots)
    {
        var random = new Random(7);
        var queries = new List<ScreeningQuery>();
        foreach (var p in Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-global-synthetic.csv")).Take(2500))
        {
            queries.Add(new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person, BirthDate = BirthDate.Parse(p["date_of_birth"]), Country = p["nationality"] });
        }

        var entries = snapshots.SelectMany(s => s.Entries).ToList();
        for (var i = 0; i < 2500; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            queries.Add(new ScreeningQuery(entry.Names[random.Next(entry.Names.Count)].Text) { Kind = entry.Kind });
        }

        return [.. queries.OrderBy(_ => random.Next())];
    }

}
