using System.Globalization;

namespace Custos.Soak;

/// <summary>
/// The soak's verdict, from the minutes after the warm-up (<c>--warm-up</c>, default 6: JIT, caches, the connection pool,
/// and the first run of every periodic job — the longest is the 5-minute public-facts round, whose first run compiles its
/// code and sizes the heap for its work): memory flat — the node's mean RSS in the last third is within 10 % (or 25 MB)
/// of the first judged minute's, and its least-squares slope is under 1 MB a minute; p99 steady — no minute's p99 is
/// over three times the median minute's, and the median p99 of the last third is within 1.5 times that of the first
/// third. No errors at all, warm-up included. The same figures from the second minute on (the rule before the warm-up
/// covered a facts round) are printed beside it.
/// </summary>
internal static class Verdict
{
    public static string Of(IReadOnlyList<Minute> minutes, int warmUp)
    {
        var errors = minutes.Sum(m => m.Errors);
        var judged = Judge(minutes.Skip(warmUp).ToList(), errors);
        if (judged is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Verdict: too short to judge (at least {warmUp + 3} minutes are needed with a warm-up of {warmUp}).");
        }

        var fromSecond = warmUp > 1 ? Judge(minutes.Skip(1).ToList(), errors) : null;
        var warmUpLine = warmUp switch { <= 0 => "Warm-up: none.", 1 => "Warm-up: minute 1, not judged.", _ => $"Warm-up: minutes 1-{warmUp}, not judged." };
        return string.Create(CultureInfo.InvariantCulture, $"{warmUpLine}\n{judged.Value.Text}") +
            (fromSecond is { } early ? $"\nJudged from minute 2 instead: {(early.Pass ? "PASS" : "FAIL")} ({early.Summary})." : string.Empty);
    }

    private static (string Text, bool Pass, string Summary)? Judge(List<Minute> steady, long errors)
    {
        if (steady.Count < 3)
        {
            return null;
        }

        var third = Math.Max(1, steady.Count / 3);
        var baseline = steady[0].NodeRss;
        var last = steady.TakeLast(third).Average(m => m.NodeRss);
        var slope = Slope(steady.Select(m => ((double)m.Number, m.NodeRss)).ToList());
        var memoryFlat = (last - baseline <= Math.Max(0.10 * baseline, 25)) && slope < 1.0;

        var medianP99 = Median(steady.Select(m => m.P99));
        var worst = steady.Max(m => m.P99);
        var early = Median(steady.Take(third).Select(m => m.P99));
        var late = Median(steady.TakeLast(third).Select(m => m.P99));
        var p99Steady = worst <= 3 * medianP99 && late <= 1.5 * early;
        var pass = memoryFlat && p99Steady && errors == 0;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Memory: node RSS {baseline:F0} MB in minute {steady[0].Number}, {last:F0} MB over the last {third} minute(s), slope {slope:F2} MB/min: {(memoryFlat ? "FLAT" : "GROWING")}.\n" +
            $"Latency: median minute p99 {medianP99:F1} ms, worst {worst:F1} ms; first third {early:F1} ms, last third {late:F1} ms: {(p99Steady ? "STEADY" : "NOT STEADY")}.\n" +
            $"Errors: {errors}.\n" +
            $"Verdict: {(pass ? "PASS" : "FAIL")}");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"RSS {baseline:F0} MB in minute {steady[0].Number}, {last:F0} MB over the last {third}, slope {slope:F2} MB/min; p99 median {medianP99:F1} ms, worst {worst:F1} ms, first third {early:F1} ms, last third {late:F1} ms");
        return (text, pass, summary);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Slope(List<(double X, double Y)> points)
    {
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        return sxx == 0 ? 0 : points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
    }
}
