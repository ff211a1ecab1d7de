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
    public void Distance_OfRandomWords_AgreesWithTheFullTable_LimitsIncluded()
    {
        // Few letters make many matches and transpositions; lengths run past 64 (the bit-vector form's word) and a
        // character outside ASCII now and then sends a pair back to the rows.
        var random = new Random(20261206);
        const string Letters = "abcab\u00e9";
        for (var round = 0; round < 200_000; round++)
        {
            var a = RandomWord(random, Letters, random.Next(0, round % 50 == 0 ? 80 : 14));
            var b = RandomWord(random, Letters, random.Next(0, round % 50 == 0 ? 80 : 14));
            var limit = random.Next(4) == 0 ? int.MaxValue : random.Next(0, 8);

            Assert.Equal(ReferenceDistance(a, b, limit), TokenSimilarity.Distance(a, b, limit));
        }
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

    private static string RandomWord(Random random, string letters, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // Mostly the first three letters (many matches), now and then the others.
            chars[i] = letters[random.Next(10) == 0 ? random.Next(letters.Length) : random.Next(3)];
        }

        return new string(chars);
    }

    /// <summary>The distance from the whole table, row by row over the longer word, stopping at the first row whose
    /// every value exceeds the limit and giving that row's smallest value (the contract of the search it checks).</summary>
    private static int ReferenceDistance(string a, string b, int limit)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            table[i, 0] = i;
        }

        for (var j = 1; j <= b.Length; j++)
        {
            table[0, j] = j;
            var rowMinimum = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var value = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, table[i - 2, j - 2] + 1);
                }

                table[i, j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return rowMinimum;
            }
        }

        return table[a.Length, b.Length];
    }
}
