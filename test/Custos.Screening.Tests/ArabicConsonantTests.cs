using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Two Latin spellings of one Arabic name that write ض, ذ or ظ as d, dh or z, or ث as th or s: the language a
/// spelling was made for, not a typo (<see cref="ArabicConsonants"/>).</summary>
public sealed class ArabicConsonantTests
{
    [Theory]
    [InlineData("Fazl Rahman", "Fadl Rahman", "fazl", "fadl")] // ض: Persian and Urdu z, Arabic d
    [InlineData("Qazi Ahmad", "Qadi Ahmad", "qazi", "qadi")]
    [InlineData("Razi Ali", "Radhi Ali", "razi", "radhi")]
    [InlineData("Fazil Ahmad", "Fadhil Ahmad", "fazil", "fadhil")]
    [InlineData("Nazir Ahmad", "Nadhir Ahmad", "nazir", "nadhir")] // ذ
    [InlineData("Zafar Iqbal", "Dhafar Iqbal", "zafar", "dhafar")] // ظ
    [InlineData("Usman Ghani", "Uthman Ghani", "usman", "uthman")] // ث: Persian, Urdu and Turkish s
    [InlineData("Osman Ali", "Othman Ali", "osman", "othman")]
    public void ScorePair_TwoLanguagesSpellingsOfOneArabicName_MatchAndSaySo(string query, string listed, string queryWord, string listedWord)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.QueryToken == queryWord && a.ListToken == listedWord && a.Kind == AlignmentKind.ArabicSpelling);
    }

    [Theory]
    [InlineData("Martha", "Massa")] // th and s only as the same spelling so written: marsa is not massa
    [InlineData("Jones", "Janeth")]
    [InlineData("Thomas", "Dimas")]
    [InlineData("Dan", "Zayn")] // three letters: too short to tell
    [InlineData("Zeynep", "Dennis")]
    public void Compare_OtherNamesWithTheseLetters_AreNotArabicSpellings(string a, string b)
    {
        var match = ScreeningIndex.Build([]).ScorePair(a, b, "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, x => x.Kind == AlignmentKind.ArabicSpelling);
    }

    [Fact]
    public void ScorePair_TwoNamesInArabicScript_AreNotComparedAsLatinSpellings()
    {
        // فاضيل fadhyl and فازيل fazyl: the script writes ض and ز apart (the two met at 0.85 as Latin spellings would).
        var match = ScreeningIndex.Build([]).ScorePair("فاضيل رحمن", "فازيل رحمن", "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, x => x.Kind == AlignmentKind.ArabicSpelling);
    }

    [Theory]
    [InlineData("reza", "redha")]
    [InlineData("nadhir", "nazir")]
    [InlineData("usman", "uthman")]
    [InlineData("uthman", "usman")]
    [InlineData("zafar", "dhafar")]
    public void RespellingsOf_GivesTheOtherLanguagesSpelling(string word, string expected) =>
        Assert.Contains(expected, ArabicConsonants.RespellingsOf(word));

    [Theory]
    [InlineData("zhukov")] // zh is ж, not ض
    [InlineData("hassan")] // two s: ss is a doubled s
    [InlineData("shakir")] // the s of sh
    [InlineData("ahmad")] // a plain d finds its z spelling by its deletions
    public void RespellingsOf_LettersThatAreNotThese_GivesNone(string word) =>
        Assert.Empty(ArabicConsonants.RespellingsOf(word));

    [SharedDataTheory]
    [InlineData("Mustafa Mohamed Fazil", "6924")] // FADHIL, Mustafa Mohamed (0.804, through FAZUL, before)
    [InlineData("Ali Abbas Uthman Jega", "13108")] // JEGA, Ali Abbas Usman (0.782, through JEGA, Abbas, before)
    public void Screen_OtherLanguagesSpellingOfAListedArabicName_FindsItsFullName(string query, string sourceId)
    {
        var hit = Lists.AssertFirstForReview(query, sourceId)[0];

        Assert.True(hit.Score >= 0.85, hit.Explanation.ToText());
    }
}
