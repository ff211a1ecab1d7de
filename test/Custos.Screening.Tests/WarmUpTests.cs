using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// Warming an index up (every listed word's neighbours worked out before any query) changes how long a first screen
/// takes, never what it finds.
/// </summary>
public sealed class WarmUpTests
{
    private static readonly string[] Others = ["Владимир Путин", "Xi Jinping", "Hsi Chin-ping", "KIM, CHIN-SO'K", "Chin Ping", "IFD-CAPITAL", "習近平", "プーチン"];

    [SharedDataFact]
    public void Screen_AfterWarmUp_SameHitsAsAnIndexThatWasNotWarmedUp()
    {
        var cold = ScreeningIndex.Build([Lists.Sdn, Lists.Un]);
        var warmed = ScreeningIndex.Build([Lists.Sdn, Lists.Un]);

        var words = warmed.WarmUp();

        // Synthetic people (names on no list, some sharing words with listed ones), listed names of every kind, and
        // spellings in other scripts and with Mandarin syllables.
        var queries = Csv(SharedData.Sanctions("eval", "negatives-global-synthetic.csv")).Take(1500)
            .Select(name => new ScreeningQuery(name) { Kind = EntityKind.Person })
            .Concat(Lists.Sdn.Entries.Where((_, i) => i % 20 == 0).Select(e => new ScreeningQuery(e.Names[^1].Text) { Kind = e.Kind }))
            .Concat(Others.Select(name => new ScreeningQuery(name)))
            .ToList();
        Assert.True(words > 10_000, $"{words} words warmed up");
        foreach (var query in queries)
        {
            Assert.Equal(Describe(cold.Screen(query, 10)), Describe(warmed.Screen(query, 10)));
        }
    }

    private static IEnumerable<string> Csv(string path) =>
        File.ReadLines(path).Skip(1).Select(line => line.Split(',')[0]).Where(name => name.Length > 0);

    private static List<string> Describe(IReadOnlyList<ScreeningHit> hits) =>
        [.. hits.Select(h => $"{h.Entry.SourceId} {h.MatchedName.Text} {h.Score:0.000000}")];
}
