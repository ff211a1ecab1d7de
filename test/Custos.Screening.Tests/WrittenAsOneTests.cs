using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// Two words of a listed name written as one word, with something more done to the name: the words in the other order,
/// one of them misspelt, or a word between them left out. Each of these was missed before (nothing found, or the entry
/// far below the review threshold): the candidate search split only a word whose two parts are both listed words, and
/// the alignment met a joined word only as the list's adjacent words in the list's order.
/// </summary>
public sealed class WrittenAsOneTests
{
    [SharedDataTheory]
    [InlineData("MIKHAILIUKLeonid", "31573")] // MIKHAILIUK, Leonid: surname first, written as one
    [InlineData("LAABOUDIMorad", "18590")] // LAABOUDI, Morad
    [InlineData("LIYoumin", "27064")] // LI, Youmin
    [InlineData("GustavoCASTRO", "11953")] // GONZALEZ CASTRO, Gustavo: the word between left out
    [InlineData("KhhosroMOKHTARI", "30365")] // MOKHTARI, Khosro: the given name misspelt
    [InlineData("artemkourov", "44909")] // KUROV, Artem: the surname respelt
    [InlineData("novorosiyaparty", "17471")] // NOVOROSSIYA PARTY: a letter dropped
    public void Screen_TwoListedWordsWrittenAsOne_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query), 3);

        Assert.NotEmpty(hits);
        Assert.Equal(sourceId, hits[0].Entry.SourceId);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
        Assert.Contains("written as one word", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Johnsmith", "SMITH, John", true)]
    [InlineData("Smithjohn", "SMITH, John", true)]
    [InlineData("Khhosromokhtari", "MOKHTARI, Khosro", true)]
    [InlineData("Johnsmithers", "SMITH, John", false)] // the rest is another word
    [InlineData("Johnsonsmith", "SMITH, John", false)] // neither part is the list's word as written
    public void ScorePair_AWordThatIsTwoWordsOfTheOtherName_MeetsThemInEitherOrder(string query, string listed, bool match)
    {
        var result = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.Equal(match, result.IsMatch);
    }
}
