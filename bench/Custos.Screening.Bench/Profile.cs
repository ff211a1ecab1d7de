using System.Diagnostics;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>Where the time of one screen goes: normalisation, candidate search, scoring.</summary>
internal static class Profile
{
    public static void Run()
    {
        var index = ScreeningIndex.Build(Corpus.ReadFull());
        var people = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-global-synthetic.csv")).Take(3000).Select(p => p["full_name"]).ToList();
        var data = index.Data;

        // The code warmed up (JIT) on other names, so that the first round times names seen for the first time only.
        foreach (var p in Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-us-synthetic.csv")).Take(3000))
        {
            index.Screen(new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person });
        }

        CandidateSearch.NeighbourTicks = CandidateSearch.NeighbourSearches = 0;
        double normalize = 0, find = 0, score = 0;
        long allocNormalize = 0, allocFind = 0, allocScore = 0;
        long candidates = 0, found = 0;
        for (var round = 0; round < 2; round++)
        {
            if (round == 1)
            {
                Console.WriteLine($"first round: normalise {normalize / people.Count:0.0} µs, find {find / people.Count:0.0} µs (of which {CandidateSearch.NeighbourSearches / (double)people.Count:0.0} neighbour searches, {CandidateSearch.NeighbourTicks * 1e6 / System.Diagnostics.Stopwatch.Frequency / people.Count:0.0} µs), score {score / people.Count:0.0} µs, vocabulary compared {found / (double)people.Count:0.0}");
            }

            normalize = find = score = 0;
            allocNormalize = allocFind = allocScore = 0;
            candidates = 0;
            foreach (var name in people)
            {
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var w = Stopwatch.StartNew();
                var tokens = index.TokensOf(NameNormalizer.Normalize(name, EntityKind.Person));
                normalize += w.Elapsed.TotalMicroseconds;
                var a1 = GC.GetAllocatedBytesForCurrentThread();
                w.Restart();
                var cache = SimilarityCache.Begin();
                var list = CandidateSearch.For(data).Find(tokens, cache, index.Options.CandidateLimit, -1);
                find += w.Elapsed.TotalMicroseconds;
                candidates += list.Count;
                var a2 = GC.GetAllocatedBytesForCurrentThread();
                w.Restart();
                foreach (var n in list)
                {
                    NameAligner.Score(tokens, data.NameTokens[n], cache, null, true, true, listJoined: data.JoinedOf(n));
                }

                score += w.Elapsed.TotalMicroseconds;
                var a3 = GC.GetAllocatedBytesForCurrentThread();
                allocNormalize += a1 - a0;
                allocFind += a2 - a1;
                allocScore += a3 - a2;
                found += CandidateSearch.LastVocabularyConsidered;
            }
        }

        var normaliseOnly = Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
        {
            foreach (var name in people)
            {
                NameNormalizer.Normalize(name, EntityKind.Person);
            }
        }

        Console.WriteLine($"NameNormalizer.Normalize alone: {normaliseOnly.Elapsed.TotalMicroseconds / (5.0 * people.Count):0.0} µs per name");
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var name in people)
        {
            index.Screen(new ScreeningQuery(name) { Kind = EntityKind.Person });
        }

        Console.WriteLine($"allocated per screen: {(GC.GetAllocatedBytesForCurrentThread() - before) / people.Count} bytes; gen0 collections so far {GC.CollectionCount(0)}");
        Console.WriteLine($"postings {CandidateSearch.PostingsVisited / (2.0 * people.Count):0}");
        Console.WriteLine($"allocated per query: normalise {allocNormalize / people.Count} B, find {allocFind / people.Count} B, score {allocScore / people.Count} B");
        Console.WriteLine($"per query: normalise {normalize / people.Count:0.0} µs, find {find / people.Count:0.0} µs, score {score / people.Count:0.0} µs, candidates {candidates / (double)people.Count:0.0}, vocabulary compared {found / (2.0 * people.Count):0.0}");
    }

    /// <summary>Screens of names seen for the first time only (for a profiler: no repeat screen dilutes them), after
    /// warming the code up on other names; prints the processor time per screen.</summary>
    public static void FirstScreens()
    {
        var index = ScreeningIndex.Build(Corpus.ReadFull());
        foreach (var p in Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-us-synthetic.csv")).Take(3000))
        {
            index.Screen(new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person });
        }

        var queries = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-global-synthetic.csv"))
            .Select(p => new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person, BirthDate = BirthDate.Parse(p["date_of_birth"]), Country = p["nationality"] })
            .ToList();
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        foreach (var query in queries)
        {
            index.Screen(query);
        }

        Console.WriteLine($"{queries.Count} screens of names seen for the first time: {(Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / queries.Count:0.0} µs processor, {watch.Elapsed.TotalMicroseconds / queries.Count:0.0} µs elapsed per screen");
        cpu = Environment.CpuUsage.TotalTime;
        watch.Restart();
        foreach (var query in queries)
        {
            index.Screen(query);
        }

        Console.WriteLine($"{queries.Count} screens again: {(Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / queries.Count:0.0} µs processor, {watch.Elapsed.TotalMicroseconds / queries.Count:0.0} µs elapsed per screen");
    }
}
