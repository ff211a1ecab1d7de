using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

public sealed class ConcurrencyTests
{
    [SharedDataFact]
    public void Screen_FromManyThreadsAtOnce_GivesWhatOneThreadGives()
    {
        var index = Lists.Full;
        var names = Lists.Sdn.Entries.Where((_, i) => i % 37 == 0).SelectMany(e => e.Names.Take(2)).Select(n => n.Text).ToList();
        string Describe(IReadOnlyList<ScreeningHit> hits) => string.Join(";", hits.Select(h => h.Entry.SourceId + "=" + h.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)));

        var sequential = names.Select(n => Describe(index.Screen(new ScreeningQuery(n)))).ToList();
        var parallel = new string[names.Count];
        Parallel.For(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(index.Screen(new ScreeningQuery(names[i]))));

        Assert.True(names.Count > 500);
        Assert.Equal(sequential, parallel);
    }

    [SharedDataFact]
    public void Screen_EmptyOrPunctuationOnlyName_ReturnsNoHits()
    {
        Assert.Empty(Lists.Full.Screen(new ScreeningQuery(string.Empty)));
        Assert.Empty(Lists.Full.Screen(new ScreeningQuery(" ,.-' ")));
        Assert.Empty(Lists.Full.Screen(new ScreeningQuery("Zzyzxqvwk Qqxjvbnm") { Kind = EntityKind.Person }));
    }
}
