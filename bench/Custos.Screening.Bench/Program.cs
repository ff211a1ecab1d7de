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
        var dob = args.SkipWhile(a => a != "--dob").Skip(1).FirstOrDefault();
        var country = args.SkipWhile(a => a != "--country").Skip(1).FirstOrDefault();
        var screened = new ScreeningQuery(args[1]) { BirthDate = Custos.Screening.Lists.BirthDate.Parse(dob), Country = country };
        foreach (var hit in screening.Screen(screened, 3))
        {
            Console.WriteLine(hit.Entry + "\n" + hit.Explanation.ToText());
        }

        break;
    case "pair":
        var pairIndex = ScreeningIndex.Build(Corpus.ReadFull(), ScreeningOptions.Default with { ReviewThreshold = threshold });
        Console.WriteLine(pairIndex.ScorePair(args[1], args[2], args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? args[3] : null).Explanation.ToText());
        break;
    case "profile":
        Profile.Run();
        break;
    case "perf":
        new Performance(threshold).Run();
        break;
    default:
        Console.Error.WriteLine("usage: Custos.Screening.Bench eval|perf|profile|screen NAME [--dob D] [--country C]|pair NAME1 NAME2 [SCHEMA] [--threshold T] [--verbose] [--only PART]");
        return 2;
}

return 0;
