using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>Letters that transliterations write one for the other (c, k or q; w or v; y or i; x or ks; dj or j; j or y): the same word in
/// another language's letters, not a typo (<see cref="AlignmentKind.Transliteration"/>).</summary>
public sealed class TransliteratedLetterTests
{
    [Theory]
    [InlineData("okean europe ky limited", "OCEAN EUROPE CY LIMITED", "Organization", "okean", "ocean")] // met at 0.500
    [InlineData("kekep editores s.a.", "CECEP EDITORES S.A.", "Organization", "kekep", "cecep")] // 0.489
    [InlineData("german gonzalo sanchez rei", "SANCHEZ REY, German Gonzalo", "Person", "rei", "rey")] // 0.615
    [InlineData("long ksing 626", "LONG XING 626", "Vessel", "ksing", "xing")] // 0.693
    [InlineData("fu iuan iu 7895", "FU YUAN YU 7895", "Vessel", "iu", "yu")] // 0.591
    [InlineData("Ahmed Kasim", "QASIM, Ahmed", "Person", "kasim", "qasim")]
    [InlineData("Eric Klakson", "KLAXON, Eric", "Person", "klakson", "klaxon")]
    [InlineData("FADJR INDUSTRIES GROUP", "FAJR INDUSTRIES GROUP", "Organization", "fadjr", "fajr")] // French dj for j, 0.791
    public void ScorePair_LettersAnotherTransliterationWrites_MatchAndSaySo(string query, string listed, string schema, string queryWord, string listedWord)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, schema);

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.QueryToken == queryWord && a.ListToken == listedWord && a.Kind == AlignmentKind.Transliteration);
    }

    [Theory]
    [InlineData("Ibn al Qayyim", "Ibn El Qaim")] // a doubled letter is not written once: qayyim (قيّم) is not qaim (قائم)
    [InlineData("Abou Maleeq", "Abu Malek")]
    [InlineData("Hassan Rouhani", "Hasan Rohani")] // other letters than these
    [InlineData("Wang Yin", "Wang Jin")] // Mandarin syllables: j and y are other sounds
    [InlineData("Yang Song Thaek", "Jang Song Thaek")] // and Korean: Jang and Yang are two surnames
    public void ScorePair_OtherDifferences_AreNotTransliterations(string query, string listed)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Transliteration);
    }

    [SharedDataTheory]
    [InlineData("kirkuito elektroniko s.a. de k.v.", "12188")] // CIRCUITO ELECTRONICO S.A. DE C.V., met at 0.673
    [InlineData("kekep editores s.a.", "10450")] // CECEP EDITORES S.A.: CCFW came first, at 0.603
    [InlineData("okean europe ky limited", "44277")] // OCEAN EUROPE CY LIMITED, 0.500
    [InlineData("long ksing 626", "33786")] // LONG XING 626, 0.693
    [InlineData("kassem heyeiy", "18224")] // HEJEIJ, Kassem: a y for each j, 0.615
    [InlineData("sayyad kashian", "33496")] // KASHIAN, Sajjad: KASHAN came first
    [InlineData("eissa yan hayi abdul qayoum", "12595")] // HAJI ABDUL QAYOUM, Eissa Jan, 0.656
    [InlineData("ксиаохонг ма", "20565")] // MA, Xiaohong spelt in Russian letters: never among the candidates (M LEASING LLC first)
    [InlineData("ksiaohong ma", "20565")]
    public void Screen_ANameWithTheseLettersChanged_FindsItsEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    /// <summary>A j where the other writes a y (German, Dutch, Slavic spellings): the same word, but not between words
    /// that read as Mandarin or Korean syllables, nor in words of two letters.</summary>
    [Theory]
    [InlineData("sajjad", "sayyad", 0, 0, true)]
    [InlineData("jusuf", "yusuf", 0, 0, true)]
    [InlineData("hejeij", "heyeiy", 0, 0, true)]
    [InlineData("yin", "jin", Tok.Mandarin, Tok.Mandarin, false)] // the query's word reads as Mandarin
    [InlineData("yang", "jang", 0, Tok.Korean, false)] // the listed word stands in a Korean name
    [InlineData("jo", "yo", 0, 0, false)]
    public void Compare_AJWrittenAsAY(string query, string listed, byte queryVariants, byte listedVariants, bool same)
    {
        var a = new Tok(query, Custos.Screening.Text.PhoneticKey.Of(query), Custos.Screening.Text.TokenClass.Word, 1f, 1f, -1, KnownVariants: queryVariants);
        var b = new Tok(listed, Custos.Screening.Text.PhoneticKey.Of(listed), Custos.Screening.Text.TokenClass.Word, 1f, 1f, -1, KnownVariants: listedVariants);

        var (similarity, kind) = TokenSimilarity.Compare(a, b);

        Assert.Equal(same, kind == AlignmentKind.Transliteration && similarity == TokenSimilarity.TransliteratedLetters);
    }
}
