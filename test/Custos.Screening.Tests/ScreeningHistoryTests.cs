using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// A screen's result depends on the query and the lists, never on what was screened before: the neighbours the
/// candidate search remembers across queries are kept apart by everything that shapes them.
/// </summary>
public sealed class ScreeningHistoryTests
{
    [SharedDataFact]
    public void Screen_SameQuery_SameHitsWhetherOrNotAMandarinReadingOfItsWordWasMetFirst()
    {
        // chin reads as Mandarin (jin) in a name of Mandarin syllables, and not in KIM, CHIN-SO'K, whose other words are
        // not. The remembered neighbours of chin were once keyed without that, so the Korean name met JIN SOK at 0.90
        // after a Mandarin query and at 0.45 without one.
        // The 2021 SDN lists both spellings on one entry; the Korean one is left out of the index, as the alias
        // evaluation does, so that what the other spelling scores shows. Read as Korean, chin and jin are one syllable
        // in two romanisations (KoreanReadings): the other spelling is found, as Korean and never as Mandarin.
        const string korean = "KIM, CHIN-SO'K";
        var fresh = ScreeningIndex.Build([Lists.Sdn2021Set]);
        var aloneHits = fresh.Screen(new ScreeningQuery(korean), 5, LeftOut(fresh, korean));

        var primed = ScreeningIndex.Build([Lists.Sdn2021Set]);
        primed.Screen(new ScreeningQuery("Chin Ping"), 5);
        var afterMandarin = Describe(primed.Screen(new ScreeningQuery(korean), 5, LeftOut(primed, korean)));

        Assert.Equal(Describe(aloneHits), afterMandarin);
        Assert.DoesNotContain(aloneHits, hit => hit.Explanation.Alignments.Any(a => a.Kind == AlignmentKind.Romanization));
        Assert.Contains(aloneHits[0].Explanation.Alignments, a => a is { QueryToken: "chin", ListToken: "jin", Kind: AlignmentKind.KoreanReading });
    }

    private static int LeftOut(ScreeningIndex index, string name)
    {
        var entry = index.Snapshots[0].Entries.Single(e => e.Names.Any(n => n.Text == name));
        return index.NamesOf(entry).Single(n => n.Source.Text == name).Name;
    }

    private static List<string> Describe(IReadOnlyList<ScreeningHit> hits) =>
        [.. hits.Select(h => $"{h.Entry.SourceId} {h.MatchedName.Text} {h.Score:0.0000}")];

    [SharedDataFact]
    public void FindCandidates_SameName_SameCandidatesWhetherOrNotAMandarinReadingOfItsWordWasMetFirst()
    {
        // The candidates themselves (before any is scored): after a Mandarin query the remembered neighbours of chin
        // brought in names holding jin.
        const string korean = "KIM, CHIN-SO'K";
        var alone = Candidates(ScreeningIndex.Build([Lists.Sdn2021Set]), korean);

        var primed = ScreeningIndex.Build([Lists.Sdn2021Set]);
        primed.Screen(new ScreeningQuery("Chin Ping"), 5);

        Assert.Equal(alone, Candidates(primed, korean));
    }

    private static List<string> Candidates(ScreeningIndex index, string name) =>
        [.. index.FindCandidates(name).Best.Select(b => $"{b.Entry}/{b.Name} {b.NameScore:0.0000}").Order(StringComparer.Ordinal)];
}
