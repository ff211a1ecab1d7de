using System.Globalization;
using Custos.Screening.Bench;
using Custos.Screening.Matching;

var mode = args.Length > 0 ? args[0] : "eval";
var verbose = args.Contains("--verbose");
var threshold = args.SkipWhile(a => a != "--threshold").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture))
    .DefaultIfEmpty(ScreeningOptions.DefaultReviewThreshold).First();
switch (mode)
{
    case "eval":
        var candidates = args.SkipWhile(a => a != "--candidates").Skip(1).Select(int.Parse).DefaultIfEmpty(ScreeningOptions.Default.CandidateLimit).First();
        var options = ScreeningOptions.Default with { ReviewThreshold = threshold, CandidateLimit = candidates };
        var index = ScreeningIndex.Build(Corpus.ReadFull(), options);
        Console.WriteLine($"full corpus: {index.EntryCount} entries, {index.NameCount} names; review threshold {threshold:0.00}");
        if (!new Evaluation(index, threshold, verbose, args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()).Run())
        {
            return 2;
        }

        break;
    case "screen":
        var screening = FullIndex();
        var dob = args.SkipWhile(a => a != "--dob").Skip(1).FirstOrDefault();
        var country = args.SkipWhile(a => a != "--country").Skip(1).FirstOrDefault();
        var type = args.SkipWhile(a => a != "--type").Skip(1).FirstOrDefault();
        var screened = new ScreeningQuery(args[1])
        {
            BirthDate = Custos.Screening.Lists.BirthDate.Parse(dob),
            Country = country,
            Kind = type is null ? Custos.Screening.Lists.EntityKind.Unknown : Enum.Parse<Custos.Screening.Lists.EntityKind>(type, ignoreCase: true),
        };
        var screenWatch = System.Diagnostics.Stopwatch.StartNew();
        var screenHits = screening.Screen(screened, 3);
        var screenTime = screenWatch.Elapsed.TotalMilliseconds;
        foreach (var hit in screenHits)
        {
            Console.WriteLine(hit.Entry + "\n" + hit.Explanation.ToText());
        }

        Console.WriteLine($"screened in {screenTime:0.0} ms (this process's first screen: code compiled and lookups built on first use included)");

        break;
    case "candidates":
        // The names the candidate search brings to scoring for a query, best first, with each one's name score: where
        // a name that scores well is not found, retrieval is the cause.
        var candidateIndex = FullIndex();
        var queryTokens = candidateIndex.TokensOf(Custos.Screening.Text.NameNormalizer.Normalize(args[1]));
        Console.WriteLine("query tokens (text/key/class/weight/variants): " + string.Join(", ", queryTokens.Select(t => $"{t.Text}/{t.Key}/{t.Class}/{t.Weight:0.0}/{t.Variants}")));
        foreach (var n in CandidateSearch.For(candidateIndex.Data).Find(queryTokens, SimilarityCache.Begin(), ScreeningOptions.Default.CandidateLimit, -1))
        {
            Console.WriteLine($"  {candidateIndex.Data.NameSource[n].Text}  score {NameAligner.Score(queryTokens, candidateIndex.Data.NameTokens[n], null, null):0.000}");
        }

        break;
    case "pair":
        var pairIndex = FullIndex();
        Console.WriteLine(pairIndex.ScorePair(args[1], args[2], args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? args[3] : null).Explanation.ToText());
        break;
    case "match":
        // Start-up, read, build and screen every line of a file: what a command-line `match` costs end to end.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var matchIndex = FullIndex();
        var built = clock.Elapsed.TotalMilliseconds;
        var names = File.ReadAllLines(args[1]).Where(l => l.Length > 0).ToList();
        var reviews = names.Count(n => matchIndex.Screen(new ScreeningQuery(n), 5).Any(h => h.RequiresReview));
        Console.WriteLine($"{names.Count} names screened, {reviews} with a hit to review; read and build {built:0} ms, all {clock.Elapsed.TotalMilliseconds:0} ms in the process");
        Console.WriteLine("build phases (cumulative ms): " + string.Join(", ", Custos.Screening.Matching.IndexBuilder.LastPhases!.Select(p => $"{p.Phase} {p.Milliseconds:0}")));
        break;
    case "stored":
        // Build the full corpus, store it, and time reading the stored index back (what a new process pays instead of
        // reading the lists and building).
        var storedClock = System.Diagnostics.Stopwatch.StartNew();
        var fullCorpus = Corpus.ReadFull();
        var heapOfLists = GC.GetTotalMemory(forceFullCollection: true);
        var toStore = ScreeningIndex.Build(fullCorpus);
        var buildMs = storedClock.Elapsed.TotalMilliseconds;
        var heapOfIndex = GC.GetTotalMemory(forceFullCollection: true) - heapOfLists;
        storedClock.Restart();
        var bytes = ScreeningIndexFile.Write(toStore, "bench");
        Console.WriteLine($"read lists and build {buildMs:0} ms (the index's own heap: {heapOfIndex / 1048576.0:0.0} MB); write {storedClock.Elapsed.TotalMilliseconds:0} ms, {bytes.Length:N0} bytes");
        Console.WriteLine($"deletion indexes: keys {toStore.Data.VocabularyByDeletion.Count:N0} strings, {toStore.Data.VocabularyByDeletion.Postings:N0} ids; spellings {toStore.Data.VocabularyBySpellingDeletion.Count:N0} strings, {toStore.Data.VocabularyBySpellingDeletion.Postings:N0} ids");
        for (var round = 0; round < 5; round++)
        {
            storedClock.Restart();
            var cpu = Environment.CpuUsage.TotalTime;
            _ = ScreeningIndexFile.TryRead(bytes, "bench", null, out var readBack, out var problem) ? readBack : throw new InvalidOperationException(problem);
            Console.WriteLine($"read back: {storedClock.Elapsed.TotalMilliseconds:0} ms ({(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:0} ms processor)");
        }

        break;
    case "alias-misses":
        AliasAnalysis.Run(args[1]);
        break;
    case "alias-debug":
        AliasDebug.Run(args[1]);
        break;
    case "sweep":
        Sweep.Run(ScreeningIndex.Build(Corpus.ReadFull()));
        break;
    case "profile":
        Profile.Run();
        break;
    case "first":
        Profile.FirstScreens();
        break;
    case "zeros":
        ZeroCandidates.Run(FullIndex());
        break;
    case "perf":
        new Performance(threshold).Run();
        break;
    case "cpu":
        CpuCost.Run(args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).DefaultIfEmpty(5).First());
        break;
    default:
        Console.Error.WriteLine("usage: Custos.Screening.Bench eval|perf|cpu [--rounds N]|stored|profile|first|zeros|candidates NAME|screen NAME [--dob D] [--country C] [--type person|organization|vessel|aircraft]|pair NAME1 NAME2 [SCHEMA]|match FILE [--threshold T] [--verbose] [--only PART]");
        return 2;
}

return 0;

// The full corpus indexed with the review threshold of the command line (screen, candidates, pair, match).
ScreeningIndex FullIndex() => ScreeningIndex.Build(Corpus.ReadFull(), ScreeningOptions.Default with { ReviewThreshold = threshold });
