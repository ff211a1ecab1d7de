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
        var options = ScreeningOptions.Default with { ReviewThreshold = threshold };
        var index = ScreeningIndex.Build(Corpus.ReadFull(), options);
        Console.WriteLine($"full corpus: {index.EntryCount} entries, {index.NameCount} names; review threshold {threshold:0.00}");
        new Evaluation(index, threshold, verbose, args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()).Run();
        break;
    case "screen":
        var screening = ScreeningIndex.Build(Corpus.ReadFull(), ScreeningOptions.Default with { ReviewThreshold = threshold });
        foreach (var hit in screening.Screen(new ScreeningQuery(args[1]), 3))
        {
            Console.WriteLine(hit.Entry + "\n" + hit.Explanation.ToText());
        }

        break;
    case "profile":
        Profile.Run();
        break;
    case "perf":
        new Performance(threshold).Run();
        break;
    default:
        Console.Error.WriteLine("usage: Custos.Screening.Bench eval|perf|profile|screen NAME [--threshold T] [--verbose] [--only PART]");
        return 2;
}

return 0;
