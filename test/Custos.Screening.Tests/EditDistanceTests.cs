using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>
/// The optimal string alignment distance (Levenshtein with adjacent transpositions) that token similarity rests on.
/// Its rows live on the stack without being cleared first, so these also check that no row is read before it is written.
/// </summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("putin", "putin", 0)]
    [InlineData("kitten", "sitting", 3)] // the textbook Levenshtein example
    [InlineData("ca", "ac", 1)] // one adjacent transposition
    [InlineData("ca", "abc", 3)] // optimal string alignment: no edit of a transposed pair (Damerau-Levenshtein would give 2)
    [InlineData("vladimir", "wladimir", 1)]
    [InlineData("abcdef", "badcfe", 3)]
    public void Distance_KnownPairs_AreTheOptimalStringAlignment(string a, string b, int expected)
    {
        Assert.Equal(expected, TokenSimilarity.Distance(a, b));
        Assert.Equal(expected, TokenSimilarity.Distance(b, a));
    }

    [Fact]
    public void Distance_AfterLongerWordsOnTheSameThread_IsUnaffectedByTheirRows()
    {
        // A long pair first leaves its numbers in the stack memory a shorter pair's rows then take.
        _ = TokenSimilarity.Distance("abdurrahmanabdurrahman", "mohammedmohammedmohammed");

        Assert.Equal(2, TokenSimilarity.Distance("noor", "nour") + TokenSimilarity.Distance("ghul", "gul"));
    }

    [Fact]
    public void Distance_PastTheLimit_IsOnlyKnownToBeAboveIt()
    {
        Assert.True(TokenSimilarity.Distance("castro", "zzzzzzzz", 2) > 2);
        Assert.Equal(1, TokenSimilarity.Distance("castro", "kastro", 2));
    }

    [Fact]
    public void Distance_OfWordsOver64Letters_UsesTheHeap_AndAgrees()
    {
        var a = new string('a', 70) + "bc";
        var b = new string('a', 70) + "cb";

        Assert.Equal(1, TokenSimilarity.Distance(a, b));
    }

    [Fact]
    public void CompareVariants_PetFormNotFlagged_IsNotTried_ButFlaggedItIs()
    {
        // Callers pass what the tokens know (Tok.PetForm); the flags only spare work, never change a flagged result.
        Assert.Equal(AlignmentKind.PetName, TokenSimilarity.CompareVariants("ted", PhoneticKey.Of("ted"), "theodore", PhoneticKey.Of("theodore")).Kind);
        Assert.Equal(AlignmentKind.PetName,
            TokenSimilarity.CompareVariants("theodore", PhoneticKey.Of("theodore"), "ted", PhoneticKey.Of("ted"), aPet: false, bPet: true).Kind);
        Assert.Equal(0f, TokenSimilarity.CompareVariants("ted", PhoneticKey.Of("ted"), "theodore", PhoneticKey.Of("theodore"), aPet: false, bPet: false).Similarity);
    }
}
