using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Korean names in the South's Revised Romanisation against the lists' spellings (the DPRK's own,
/// McCune–Reischauer without its marks), and the rules that keep other names from being read as Korean.</summary>
public sealed class KoreanReadingTests
{
    [Theory]
    [InlineData("jeong", "jong")] // RR eo, MR o (ŏ)
    [InlineData("eun", "un")] // RR eu, MR u (ŭ)
    [InlineData("byeong", "pyong")] // b / p
    [InlineData("cheol", "chol")]
    [InlineData("yeo", "yo")]
    [InlineData("taek", "thaek")] // the DPRK writes the aspirate th
    [InlineData("gim", "kim")]
    [InlineData("seong", "song")]
    [InlineData("jeongeun", "jongun")] // a given name written as one
    [InlineData("choi", "choe")] // spellings of surnames no system gives
    [InlineData("park", "pak")]
    [InlineData("lee", "ri")]
    public void Meet_TheSameSyllablesInAnotherRomanisation(string a, string b)
    {
        Assert.True(KoreanReadings.Meet(a, b));
        Assert.True(KoreanReadings.Meet(b, a));
    }

    [Theory]
    [InlineData("kim", "kam")] // another vowel
    [InlineData("jong", "jang")]
    [InlineData("chol", "chon")] // another final
    [InlineData("sun", "son")] // u and o are two vowels in every system
    [InlineData("kim", "kim")] // the same spelling is not a variant
    [InlineData("vladimir", "putin")]
    public void Meet_OtherSyllables_DoNotMeet(string a, string b) =>
        Assert.False(KoreanReadings.Meet(a, b));

    [Fact]
    public void Of_WordsThatAreNotSyllables_HaveNone()
    {
        Assert.Empty(KoreanReadings.Of("vladimir"));
        Assert.Empty(KoreanReadings.Of("xi"));
        Assert.Empty(KoreanReadings.Of("li")); // no system writes an initial l: Pinyin's Li is not read as Korean
        Assert.NotEmpty(KoreanReadings.Of("byeongcheol"));
        Assert.Equal(2, KoreanReadings.Syllables("jeongeun"));
        Assert.Equal(2, KoreanReadings.Syllables("michael")); // mi chael: a name of five syllables is not Korean (below)
    }

    [Fact]
    public void ScorePair_RevisedAgainstTheListsRomanisation_MatchesAndSaysSo()
    {
        var index = ScreeningIndex.Build([]);

        var apart = index.ScorePair("Kim Jeong-eun", "KIM, Jong Un", "Person");
        var joined = index.ScorePair("Ri Byeongcheol", "RI, Pyong Chol", "Person");

        Assert.True(apart.IsMatch, apart.Explanation.ToText());
        Assert.True(joined.IsMatch, joined.Explanation.ToText());
        Assert.Contains(apart.Explanation.Alignments, a => a is { QueryToken: "jeong", ListToken: "jong", Kind: AlignmentKind.KoreanReading });
        Assert.Contains(joined.Explanation.Alignments, a => a is { QueryToken: "byeongcheol", ListToken: "pyong chol", Kind: AlignmentKind.KoreanReading });
        Assert.Contains("same Korean syllables in another romanisation", apart.Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>A name is read as Korean only when all its words are Korean syllables and it holds a Korean surname and four
    /// syllables at most (or names Korea): Tom and Dom read alike in Korean and are two names in English.</summary>
    [Theory]
    [InlineData("Tom Dina", "Dom Tina")] // no Korean surname
    [InlineData("Jason Michael Lee", "Jason Mikael Ri")] // ja son mi chael lee: five syllables, no Korean name
    [InlineData("Joe Young", "Choe Yong")] // joe reads as choe, and is an English name
    [InlineData("李东", "Ri Tong")] // written in Chinese characters: Li Dong in Pinyin
    public void ScorePair_NameThatIsNotKorean_IsNotReadAsKorean(string query, string listed)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.KoreanReading);
    }

    [Fact]
    public void ScorePair_OrganisationThatNamesKorea_IsReadAsKorean()
    {
        var index = ScreeningIndex.Build([]);

        var named = index.ScorePair("Korea Gwangseon Banking Corporation", "KOREA KWANGSON BANKING CORPORATION", "Organization");
        var unnamed = index.ScorePair("Gwangseon Banking Corporation", "KWANGSON BANKING CORPORATION", "Organization");

        Assert.True(named.IsMatch, named.Explanation.ToText());
        Assert.Contains(named.Explanation.Alignments, a => a is { QueryToken: "gwangseon", Kind: AlignmentKind.KoreanReading });
        Assert.DoesNotContain(unnamed.Explanation.Alignments, a => a.Kind == AlignmentKind.KoreanReading);
    }

    /// <summary>A query of no stated kind that reads as a Korean person's name is a person's: its syllables are no
    /// organisation's acronym (Kim Kyok Sik met ANSAR AL-ISLAM's Supporters of Islam in Kurdistan, SIK, at 0.753). Nor are
    /// they read as Korean against a listed word no Korean name holds (sik ~ SIG, a Ukrainian vessel, 0.625).</summary>
    [SharedDataFact]
    public void Screen_KoreanPersonsName_IsNoAcronymNorKoreanAgainstOtherNames()
    {
        var hits = Lists.Full.Screen(new ScreeningQuery("Kim Kyok Sik"), 10);

        Assert.DoesNotContain(hits, h => h.RequiresReview);
        Assert.DoesNotContain(hits, h => h.Explanation.Alignments.Any(a => a.Kind == AlignmentKind.Acronym));
        Assert.All(hits.Where(h => h.Explanation.Alignments.Any(a => a.Kind == AlignmentKind.KoreanReading)),
            h => Assert.True(h.Entry.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal)) || h.Entry.SourceId.StartsWith("KP", StringComparison.Ordinal),
                h.Explanation.ToText()));
        Assert.DoesNotContain(hits, h => h.Entry.Names.Any(n => n.Text == "SIG"));
    }

    /// <summary>DPRK officials in the Revised Romanisation find their entries first, for review (before: Kim Jeong-eun met
    /// KIM, Jong Un at 0.47; Kim Jongun found nothing of it; Lee Byeong-cheol met MIN, Byong Chol first at 0.53; Choi
    /// Ryong-hae 0.76).</summary>
    [SharedDataTheory]
    [InlineData("Kim Jeong-eun", "20157")] // KIM, Jong Un
    [InlineData("Gim Jeong-eun", "20157")]
    [InlineData("Kim Jongun", "20157")]
    [InlineData("Kim Yeo-jeong", "21444")] // KIM, Yo Jong
    [InlineData("Lee Byeong-cheol", "23215")] // RI, Pyong Chol
    [InlineData("Choi Ryong-hae", "23213")] // CHOE, Ryong Hae
    [InlineData("Jong Gyeong-taek", "23212")] // JONG, Kyong Thaek
    [InlineData("Kim Djong Oun", "20157")] // as the French press writes it
    [InlineData("Kim Čong-un", "20157")] // ISO's c for ㅈ
    public void Screen_RevisedRomanisation_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        Assert.True(hits[0].Score >= 0.85, hits[0].Explanation.ToText());
    }

    [Theory]
    [InlineData("An Yong Su", "KIM, Yong Su")] // An, not Kim: 0.937 when an was a stop word
    [InlineData("Im Song Sun", "PAK, Song Sun")]
    public void ScorePair_KoreanSurnameThatIsAnEnglishFunctionWord_IsASurname(string query, string listed)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.False(match.IsMatch, match.Explanation.ToText());
        Assert.Equal(TokenClass.Word, NameNormalizer.Normalize(query, EntityKind.Person).Tokens[0].Class);
    }
}
