using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// Leave-one-out screening (how the alias evaluation asks whether an entry is found by an alias it did not hold): the
/// name left out must behave as if the index did not hold it.
/// </summary>
public sealed class LeaveOneOutTests
{
    [SharedDataFact]
    public void Screen_AliasLeftOut_DoesNotSetTheBarThatDropsItsEntrysOtherNames()
    {
        // SDN 10928 lists RAJAH SOLAIMAN MOVEMENT (RSM), ... REVOLUTIONARY MOVEMENT (RSRM), ... ISLAMIC MOVEMENT (RSIM) and
        // more. The RSRM alias, left out, meets its own name far better than any other (its acronym and joined words
        // post to it as well); the candidate search once let that name set the estimate bar and dropped every other
        // name of the entry below it, so the alias found nothing at all.
        // The 2021 SDN alone, as the alias evaluation indexes it (the UN list holds the movement too).
        var index = ScreeningIndex.Build([Lists.Sdn2021Set]);
        var entry = index.Snapshots[0].Entries.Single(e => e.SourceId == "10928");
        var alias = index.NamesOf(entry).Single(n => n.Source.Text == "RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)").Name;

        var hits = index.Screen(new ScreeningQuery("RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)"), 10, alias);

        Assert.NotEmpty(hits);
        Assert.Equal(entry, hits[0].Entry);
        Assert.NotEqual("RAJAH SOLAIMAN REVOLUTIONARY MOVEMENT (RSRM)", hits[0].MatchedName.Text);
    }
}
