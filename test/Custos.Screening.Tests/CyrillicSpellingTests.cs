using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Russian, Ukrainian and Belarusian names in a German, Polish or French transliteration against the lists'
/// English spellings, and the rules that keep the respellings to words that bear those systems' marks and to names of
/// countries that write Cyrillic.</summary>
public sealed class CyrillicSpellingTests
{
    [Theory]
    [InlineData("jewgeni", "yevgeni")] // German w, j
    [InlineData("prigoschin", "prigozhin")] // German sch for ж
    [InlineData("prigoschin", "prigoshin")] // and for ш
    [InlineData("kowaltschuk", "kovalchuk")] // German tsch
    [InlineData("tschemesow", "chemezov")] // German s between vowels is з
    [InlineData("czajka", "chayka")] // Polish cz, j
    [InlineData("szojgu", "shoygu")] // Polish sz
    [InlineData("siergiej", "sergey")] // Polish ie after a consonant
    [InlineData("miedwiediew", "medvedev")]
    [InlineData("koriniec", "korinets")] // Polish -iec for -ец, a word without another Polish mark
    [InlineData("golodiec", "golodets")]
    [InlineData("choigou", "shoigu")] // French ch, ou
    [InlineData("prigojine", "prigozhin")] // French j for ж, final e
    [InlineData("kovaltchouk", "kovalchuk")] // French tch
    [InlineData("jevgenij", "yevgeniy")] // Czech, Slovak, Serbian j
    [InlineData("iurii", "yuriy")] // a Russian passport's (ICAO Doc 9303): iu, final ii
    [InlineData("liudmila", "lyudmila")]
    [InlineData("dmitrii", "dmitriy")]
    [InlineData("iana", "yana")]
    [InlineData("dschejchun", "jeykhun")] // German dsch for дж, written j as the normaliser writes the lists' dzh
    public void Of_WordInAEuropeanTransliteration_GivesTheListsSpelling(string word, string expected) =>
        Assert.Contains(CyrillicSpellings.Of(word), s => s.Text == expected && s.Key == PhoneticKey.Of(expected));

    [Theory]
    [InlineData("putin")]
    [InlineData("vladimir")]
    [InlineData("smith")]
    [InlineData("djamel")] // dj is English's own
    [InlineData("michail")] // a German ch alone is no mark: English writes ch too
    [InlineData("ab")]
    [InlineData("oiec")] // -iec after a vowel, or in a word of four letters, is no mark
    public void Of_WordWithoutASystemsMark_HasNone(string word) =>
        Assert.Empty(CyrillicSpellings.Of(word));

    /// <summary>A Russian passport's spelling (ICAO Doc 9303, since 2013), as a customer's identity document gives it,
    /// against the lists' (before: <c>iurii</c> / <c>yuriy</c> 0.75, the name 0.816).</summary>
    [SharedDataFact]
    public void ScorePair_PassportSpellingAgainstTheLists_IsTheSameName()
    {
        var match = Lists.Full.ScorePair("Iurii Ivanov", "IVANOV, Yuriy", "Person");

        Assert.Contains(match.Explanation.Alignments, a => a is { QueryToken: "iurii", ListToken: "yuriy", Kind: AlignmentKind.CyrillicSpelling });
        Assert.True(match.Score >= 0.9, match.Explanation.ToText());
    }

    [Fact]
    public void ScorePair_GermanSpellingAgainstTheLists_MatchesAndSaysSo()
    {
        var index = ScreeningIndex.Build([]);

        var match = index.ScorePair("Jewgeni Prigoschin", "PRIGOZHIN, Yevgeniy", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a is { QueryToken: "prigoschin", ListToken: "prigozhin", Kind: AlignmentKind.CyrillicSpelling });
        Assert.Contains("same Cyrillic name in another transliteration (German, Polish, French, a passport's)", match.Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>A respelling is compared as a word that writes its vowels: yessitsa (a Polish reading of jessica) and
    /// ISS have one phonetic key, which between an abjad spelling and a Latin one would be all there is to compare
    /// (a first version met ISS at 0.88). A word transliterated from Han has no European spelling (俊 jun is no
    /// German yun), nor has a word of a name all of whose words are Mandarin syllables.</summary>
    [Theory]
    [InlineData("Jessica Davis", "ISS")]
    [InlineData("俊 高", "GAO, Yun")]
    [InlineData("Jie Yang", "AUNG, Ye")] // Pinyin's j is no German y (a rescreen of demo customers raised this pair)
    public void ScorePair_NoEuropeanTransliteration_IsNotRespelled(string query, string listed)
    {
        var match = ScreeningIndex.Build([]).ScorePair(query, listed, "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.CyrillicSpelling);
    }

    /// <summary>Sanctioned Russians and Ukrainians as the German, Polish, Czech and French press write them find their
    /// entries first, for review (before: Jewgeni Prigoschin met PRIGOZHIN at 0.568, Jevgenij Prigožin 0.613; Jurij
    /// Czajka and Jurij Kowaltschuk met ABU JUIRIAH first; Sergueï Choïgou met Chico; Alischer Usmanow met USMONOV, another
    /// man, first).</summary>
    [SharedDataTheory]
    [InlineData("Jewgeni Prigoschin", "21171")] // PRIGOZHIN, Yevgeniy Viktorovich
    [InlineData("Jevgenij Prigožin", "21171")]
    [InlineData("Jurij Czajka", "35239")] // CHAYKA, Yuriy Yakovlevich
    [InlineData("Jurij Kowaltschuk", "16680")] // KOVALCHUK, Yuri Valentinovich
    [InlineData("Sergueï Choïgou", "35173")] // SHOIGU, Sergei Kuzhugetovich
    [InlineData("Alischer Usmanow", "35283")] // USMANOV, Alisher Burhanovich
    [InlineData("Wiktor Janukowytsch", "16641")] // YANUKOVYCH, Viktor Fedorovych
    public void Screen_EuropeanTransliteration_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        Assert.True(hits[0].Score >= 0.85, hits[0].Explanation.ToText());
    }

    /// <summary>Polish writes ж ż, which folding to ASCII left a z: Wiktor Oliegowicz Żydkow scored 0.659 against ZHIDKOV,
    /// Viktor Olegovich, Andriej Żujkow met TSEKOV, Sergei first at 0.416. In a word with another mark of the Polish
    /// transliteration, or in a name with another word that bears one, it is the lists' zh; a Polish name of its own keeps its z.</summary>
    [SharedDataTheory]
    [InlineData("Wiktor Oliegowicz Żydkow", "38837")] // ZHIDKOV, Viktor Olegovich
    [InlineData("Andriej Żujkow", "44901")] // ZHUYKOV, Andrey
    [InlineData("Murad Stanislawowicz Gadżyjew", "35587")] // GADZHIYEV, Murad Stanislavovich
    [InlineData("Wladimir Igoriewicz Kożyn", "16677")] // KOZHIN, Vladimir Igorevich: the mark in another word (0.637)
    public void Screen_PolishZWithDot_IsTheListsZh(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    [Theory]
    [InlineData("Żydkow", "zhydkow")]
    [InlineData("POŻYDAJEW", "pozhydajew")]
    [InlineData("Żelazny", "zelazny")] // no other Polish mark: a Polish name
    [InlineData("Wladimir Kożyn", "wladimir kozhyn")] // another word's mark
    [InlineData("Dżuma", "juma")] // dż is дж, the lists' dzh (read as j)
    public void Normalize_PolishZWithDot_IsZhOnlyInAPolishTransliteration(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name).Display);

    /// <summary>A name is transliterated as a whole: a word without a mark of its own beside one that only a European
    /// transliteration of Cyrillic gives (a Polish or German patronymic) is respelled too. Chocenko was compared as written
    /// (Witalij Pawlowicz Chocenko scored 0.652 against KHOTSENKO, Vitaliy Pavlovich), as was Sarach (0.651 against
    /// ILIEV, Zarakh Binsionovich).</summary>
    [SharedDataTheory]
    [InlineData("Witalij Pawlowicz Chocenko", "37789")] // KHOTSENKO, Vitaliy Pavlovich
    [InlineData("Sarach Binsionowitsch Ilijew", "46699")] // ILIEV, Zarakh Binsionovich
    [InlineData("Aidar Raisowicz Miecchin", "35680")] // METSHIN, Aidar Raisovich
    [InlineData("Walery Mychailowytsch Pachnyz", "38916")] // PAKHNYTS, Valery Mykhailovych: a Ukrainian patronymic (0.660)
    public void Screen_WordBesideAPatronymicInAEuropeanTransliteration_IsRespelledToo(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    [Fact]
    public void Of_EverySystem_RespellsAWordWithoutMarks_AndOnlyStrongMarksMarkAName()
    {
        Assert.Empty(CyrillicSpellings.Of("chocenko"));
        Assert.Contains(("khotsenko", PhoneticKey.Of("khotsenko")), CyrillicSpellings.Of("chocenko", everySystem: true));
        Assert.True(CyrillicSpellings.MarksName("pawlowicz"));
        Assert.True(CyrillicSpellings.MarksName("binsionowitsch"));
        Assert.True(CyrillicSpellings.MarksName("mychailowytsch"));
        Assert.False(CyrillicSpellings.MarksName("julio")); // a j, as Spanish writes
        Assert.False(CyrillicSpellings.MarksName("edward")); // a w, as English writes
        Assert.False(CyrillicSpellings.MarksName("fischer")); // a sch, as German writes
    }

    /// <summary>A name with a j or a w (Spanish, English) is no European transliteration of Cyrillic as a whole: a first
    /// version respelt Nhasse beside Julio and met NHATE at 0.858 (a public pair labelled no match).</summary>
    [SharedDataFact]
    public void ScorePair_NameMarkedOnlyByAJ_IsNotRespeltAsAWhole() =>
        Assert.False(Lists.Full.ScorePair("JÚLIO NA NHASSE", "JÚLIO NHATE", "Person").IsMatch);

    /// <summary>German writes the j of Arabic names dsch, as of Russian ones (before: Dschabhat al-Nusra met TEKHNOSOFT
    /// OOO first at 0.448, Abu Bakr al-Dschasairi met Bakr, Abu at 0.632).</summary>
    [SharedDataTheory]
    [InlineData("Dschabhat al-Nusra", "16937")] // AL-NUSRAH FRONT, a.k.a. JABHAT AL-NUSRAH
    [InlineData("Abu Bakr al-Dschasairi", "7148")] // BOULGHITI, Boubekeur, a.k.a. AL DJAZAIRI, Abou Bakr
    [InlineData("Dschejchun Nassimi Ogly Aslanow", "23951")] // ASLANOV, Dzheykhun Nasimi Ogly: 0.654 (dzheykhun against jeykhun)
    public void Screen_GermanDschForJ_FindsTheEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    /// <summary>A respelling whose skeleton is two symbols (merajair, MERAJ AIR written as one, read with y for j:
    /// merayair, MR) meets no word by that skeleton alone: a first version gathered and counted every MR word of a
    /// Cyrillic name (Maria, Mayer, Mriya), whose many names crowded MERAJ AIR out of the candidates.</summary>
    [SharedDataFact]
    public void Screen_RespellingWithATwoSymbolSkeleton_DoesNotCrowdOutTheName() =>
        Lists.AssertFirstForReview("MERAJAIR", "17227");

    /// <summary>The respellings meet only words of names of entries of countries that write Cyrillic (by nationality,
    /// citizenship or address; by program only for an entry of no known country): the Chinese suppliers the Russia
    /// programs list are no Cyrillic names, and Juan José is no Yuan Yose.</summary>
    [Fact]
    public void Screen_Respellings_MeetOnlyNamesOfCyrillicCountries()
    {
        var sdn = ListReader.Read([new ListFile("sdn.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n",
            "1,\"CHAIKA, Yury\",\"individual\",\"[RUSSIA-EO14024]\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"nationality Russia.\"",
            "2,\"YUAN, Yose\",\"individual\",\"[RUSSIA-EO14024]\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"nationality China.\"",
            "3,\"VOLKOV, Yuriy\",\"individual\",\"[RUSSIA-EO14024]\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-") + "\r\n"))]);
        Assert.True(sdn.IsSuccess, sdn.IsSuccess ? null : sdn.Error.ToString());
        var index = ScreeningIndex.Build([sdn.Value]);

        var russian = index.Screen(new ScreeningQuery("Jurij Chaika"));
        var noCountry = index.Screen(new ScreeningQuery("Jurij Wolkow"));
        var chinese = index.Screen(new ScreeningQuery("Juan Jose"));

        Assert.Equal("1", russian[0].Entry.SourceId);
        Assert.Contains(russian[0].Explanation.Alignments, a => a is { QueryToken: "jurij", ListToken: "yury", Kind: AlignmentKind.CyrillicSpelling });
        Assert.Equal("3", noCountry[0].Entry.SourceId);
        Assert.Contains(noCountry[0].Explanation.Alignments, a => a.Kind == AlignmentKind.CyrillicSpelling);
        Assert.DoesNotContain(chinese, h => h.Explanation.Alignments.Any(a => a.Kind == AlignmentKind.CyrillicSpelling));
    }
}
