using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// Leave-one-out screening (how the alias evaluation asks whether an entry is found by an alias it did not hold): the
/// name left out must behave as if the index did not hold it.
/// </summary>
public sealed class LeaveOneOutTests
{
    /// <summary>The 2021 SDN alone, as the alias evaluation indexes it.</summary>
    private static readonly Lazy<ScreeningIndex> Sdn2021 = new(() => ScreeningIndex.Build([Lists.Sdn2021Set]));

    [SharedDataFact]
    public void Screen_AliasLeftOut_DoesNotSetTheBarThatDropsItsEntrysOtherNames()
    {
        // SDN 10928 lists RAJAH SOLAIMAN MOVEMENT (RSM), ... REVOLUTIONARY MOVEMENT (RSRM), ... ISLAMIC MOVEMENT (RSIM) and
        // more. The RSRM alias, left out, meets its own name far better than any other (its acronym and joined words
        // post to it as well); the candidate search once let that name set the estimate bar and dropped every other
        // name of the entry below it, so the alias found nothing at all.
        // The 2021 SDN alone (the UN list holds the movement too).
        var index = Sdn2021.Value;
        var entry = index.Snapshots[0].Entries.Single(e => e.SourceId == "10928");
        var alias = index.NamesOf(entry).Single(n => n.Source.Text == "RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)").Name;

        var hits = index.Screen(new ScreeningQuery("RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)"), 10, alias);

        Assert.NotEmpty(hits);
        Assert.Equal(entry, hits[0].Entry);
        Assert.NotEqual("RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)", hits[0].MatchedName.Text);
    }

    [SharedDataFact]
    public void Screen_MandarinGivenNameWrittenJoined_FindsItWrittenInTwoSyllablesOfTwoLetters()
    {
        // An entry of the 2021 SDN lists both DU, Yurong and DU, Yu Rong. With the joined spelling left out, the query
        // must split yurong into yu and rong: halves of two letters, tried only when both read as Mandarin.
        var index = Sdn2021.Value;
        var entry = index.Snapshots[0].Entries.Single(e => e.Names.Any(n => n.Text == "DU, Yurong"));
        var joined = index.NamesOf(entry).Single(n => n.Source.Text == "DU, Yurong").Name;

        var hits = index.Screen(new ScreeningQuery("DU, Yurong"), 10, joined);

        Assert.NotEmpty(hits);
        Assert.Equal(entry, hits[0].Entry);
        Assert.Equal("DU, Yu Rong", hits[0].MatchedName.Text);
    }

    [SharedDataTheory]
    [InlineData("IFD-CAPITAL", "IFD-KAPITAL")] // the generic word counts for the names the name word found
    [InlineData("KYRGYZTRANSAVIA AIRLINES", "KYRGYZ TRANS AVIA")] // three words written as one
    public void Screen_AliasLeftOut_FindsItsEntryAtRankOne(string alias, string expected)
    {
        var index = Sdn2021.Value;
        var entry = index.Snapshots[0].Entries.Single(e => e.Names.Any(n => n.Text == alias));
        var left = index.NamesOf(entry).Single(n => n.Source.Text == alias).Name;

        var hits = index.Screen(new ScreeningQuery(alias), 10, left);

        Assert.NotEmpty(hits);
        Assert.Equal(entry, hits[0].Entry);
        Assert.Equal(expected, hits[0].MatchedName.Text);
    }
}
