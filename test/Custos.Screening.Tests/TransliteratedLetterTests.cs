using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>Letters that transliterations write one for the other (c, k or q; w or v; y or i; x or ks; dj or j): the same word in
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
    public void Screen_ANameWithTheseLettersChanged_FindsItsEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);
}
