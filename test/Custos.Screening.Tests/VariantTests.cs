using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Spellings that are the same name by knowledge rather than by letters (romanisations of Mandarin, pet
/// forms, a word written backwards), and the rules on initials, ampersand acronyms and Han characters.</summary>
public sealed class VariantTests
{
    [Theory]
    [InlineData("hsi", "xi")] // Wade-Giles
    [InlineData("shi", "xi")] // MPS II, Gwoyeu Romatzyh
    [InlineData("si", "xi")] // Tongyong Pinyin
    [InlineData("chinping", "jinping")] // Wade-Giles without its aspiration marks
    [InlineData("tsetung", "zedong")]
    [InlineData("maotsetung", "maozedong")]
    [InlineData("chiang", "jiang")]
    [InlineData("tzu", "zi")]
    public void MandarinReadings_SameSyllablesInAnotherRomanisation_Meet(string written, string pinyin) =>
        Assert.True(MandarinReadings.Meet(written, pinyin));

    [Theory]
    [InlineData("ji", "xi")] // different initials in every system
    [InlineData("zhang", "wang")]
    [InlineData("sha", "xia")] // sh and s stand for x only before i
    [InlineData("xi", "xi")] // the same spelling is not a variant
    [InlineData("putin", "xi")]
    public void MandarinReadings_DifferentSyllables_DoNotMeet(string a, string b) =>
        Assert.False(MandarinReadings.Meet(a, b));

    /// <summary>A long vowel written oo or ee in one spelling and u or i in the other is one spelling (0.95).</summary>
    [Theory]
    [InlineData("rooya", "ruya")] // 0.002 before: four letters against five
    [InlineData("noor", "nur")]
    [InlineData("deen", "din")]
    [InlineData("nooruddeen", "nuruddin")]
    public void Compare_ALongVowelWrittenAsADigraph_IsOneSpelling(string a, string b)
    {
        var (similarity, _) = TokenSimilarity.CompareWords(a, PhoneticKey.Of(a), b, PhoneticKey.Of(b));

        Assert.Equal(TokenSimilarity.RepeatedLetters, similarity);
    }

    [Theory]
    [InlineData("zhou", "zhu")] // two Mandarin surnames: ou is not read as u
    [InlineData("rooya", "raya")]
    [InlineData("deen", "dan")]
    public void Compare_OtherVowels_AreNotOneSpelling(string a, string b)
    {
        var (similarity, _) = TokenSimilarity.CompareWords(a, PhoneticKey.Of(a), b, PhoneticKey.Of(b));

        Assert.True(similarity < TokenSimilarity.RepeatedLetters, $"{a} / {b}: {similarity}");
    }

    [Fact]
    public void ScorePair_ALongVowelWrittenAsADigraph_Matches()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Kish Ruya-e Zendegi", "KISH ROOYA-E ZENDEGI", "Company");

        Assert.True(match.IsMatch, match.Explanation.ToText());
    }

    [Fact]
    public void MandarinReadings_WordsThatAreNotSyllables_HaveNone()
    {
        Assert.Empty(MandarinReadings.Of("vladimir"));
        Assert.Empty(MandarinReadings.Of("hans"));
        Assert.Contains("xi", MandarinReadings.Of("hsi"));
    }

    [Fact]
    public void ScorePair_WadeGilesAgainstPinyin_MatchesAndSaysSo()
    {
        var index = ScreeningIndex.Build([]);

        var match = index.ScorePair("Hsi Chin-ping", "Xi Jinping", "Person");
        var mao = index.ScorePair("Mao Tse-tung", "Mao Zedong", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.True(mao.IsMatch, mao.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a is { QueryToken: "chin ping", ListToken: "jinping", Kind: AlignmentKind.Romanization });
        Assert.Contains("same Mandarin syllables in another romanisation", match.Explanation.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScorePair_NameNotAllMandarinSyllables_IsNotReadAsARomanisation()
    {
        var index = ScreeningIndex.Build([]);

        // Ji would read Ri in Wade-Giles, but Eun is no Mandarin syllable: this is a Korean name.
        var korean = index.ScorePair("Eun Ji Song", "Eun Ri Song", "Person");
        var chinese = index.ScorePair("Chou Ji", "Zhou Ri", "Person");

        Assert.DoesNotContain(korean.Explanation.Alignments, a => a.Kind == AlignmentKind.Romanization);
        Assert.Contains(chinese.Explanation.Alignments, a => a.Kind == AlignmentKind.Romanization);
    }

    [Theory]
    [InlineData("Ted Doe", "Theodore Doe")]
    [InlineData("Bill Clinton", "William Clinton")]
    [InlineData("Volodya Putin", "Vladimir Putin")]
    [InlineData("Sasha Ivanov", "Alexander Ivanov")] // the full name Aleksandr meets the list's spelling
    [InlineData("Bibi Netanyahu", "Benjamin Netanyahu")]
    [InlineData("Mohd Saeed Ajily", "AJILY, Mohammed Saeed")]
    public void ScorePair_PetFormOfTheGivenName_Matches(string pet, string full)
    {
        var match = ScreeningIndex.Build([]).ScorePair(pet, full, "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.Kind == AlignmentKind.PetName);
    }

    [Fact]
    public void Hypocorisms_NoPetFormIsAParticleTitleOrFunctionWord() =>
        // (A pet form may be written like a legal form, Pat like the Ukrainian ПАТ: a person's name has no legal form,
        // and an organisation's legal-form token is not a name word, so it never meets a pet form's full name.)
        Assert.All(Hypocorisms.PetForms, pet => Assert.False(
            WordLists.Particles.Contains(pet) || WordLists.Titles.Contains(pet) || WordLists.Stopwords.Contains(pet), pet));

    [Fact]
    public void ScorePair_PetFormWrittenLikeALegalForm_IsANameOfAPerson()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Pat Murphy", "Patrick Murphy", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
    }

    [SharedDataFact]
    public void Screen_WadeGilesSpellingOfAListedPinyinName_FindsItFirst()
    {
        // ZHOU, Jianshu is on the SDN list (ent 20566) in Pinyin; Wade-Giles writes the same syllables Chou Chien-shu.
        var hit = Lists.Full.Screen(new ScreeningQuery("Chou Chien-shu") { Kind = EntityKind.Person })[0];

        Assert.Equal("20566", hit.Entry.SourceId);
        Assert.True(hit.RequiresReview, hit.Explanation.ToText());
    }

    [Fact]
    public void Compare_PetFormAgainstAnotherName_IsNotAPetName()
    {
        var (similarity, kind) = TokenSimilarity.CompareVariants("ted", "TT", "william", "LM");

        Assert.Equal(0f, similarity);
        Assert.NotEqual(AlignmentKind.PetName, kind);
    }

    [Fact]
    public void Compare_WordWrittenBackwards_IsAVariant_ButAShortOneIsNot()
    {
        Assert.Equal((TokenSimilarity.ReversedWord, AlignmentKind.Reversed), TokenSimilarity.CompareVariants("nitup", PhoneticKey.Of("nitup"), "putin", PhoneticKey.Of("putin")));
        Assert.Equal(0f, TokenSimilarity.CompareVariants("leon", PhoneticKey.Of("leon"), "noel", PhoneticKey.Of("noel")).Similarity);
    }

    [Theory]
    [InlineData("Hans O Friedrich", "Hans Joachim Friedrich")] // O is not Joachim's initial
    [InlineData("Frost, William G.", "William W Frost")] // G against W
    public void ScorePair_ConflictingInitial_IsNotAMatch(string a, string b)
    {
        var match = ScreeningIndex.Build([]).ScorePair(a, b, "Person");

        Assert.False(match.IsMatch, match.Explanation.ToText());
    }

    [Fact]
    public void ScorePair_InitialThatFitsTheName_StillMatches()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Hans J Friedrich", "Hans Joachim Friedrich", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
    }

    [Theory]
    [InlineData("Muha mmad HUSAYN", "HUSAYN, Muhammad")]
    [InlineData("Moh ammad Kazem CHAGHAZARDY", "CHAGHAZARDY, Mohammad Kazem")]
    public void ScorePair_WordSplitWherePartHasTheWholeSkeleton_StillMeetsTheWord(string a, string b)
    {
        // mmad alone has the skeleton of muhammad (MT): joined parts usually must each add to it, but not when they spell it.
        var match = ScreeningIndex.Build([]).ScorePair(a, b, "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, x => x.Kind == AlignmentKind.Joined && x.Similarity == 1);
    }

    [Theory]
    [InlineData("Usama ibn Ladin", "BIN LADIN, Usama")]
    [InlineData("Abou Bakr al-Baghdadi", "ABU BAKR AL-BAGHDADI")]
    public void ScorePair_ParticleInAnotherSpelling_IsTheSameParticle(string a, string b)
    {
        var match = ScreeningIndex.Build([]).ScorePair(a, b, "Person");

        Assert.Equal(1, match.Score, 3);
        Assert.Contains(match.Explanation.Alignments, x => x.Kind == AlignmentKind.Particle);
    }

    [Theory]
    [InlineData("Abd ar-Rahman Mansur", "abd al rahman mansur")]
    [InlineData("Nur ad-Din Zangi", "nur al din zangi")]
    [InlineData("Hamad ath-Thani", "hamad al thani")]
    [InlineData("Abd-ur-Rahman", "abd al rahman")]
    [InlineData("Abdur Rahman", "abdul rahman")]
    [InlineData("Abdus Salam", "abdul salam")]
    [InlineData("Abdurrahman", "abdulrahman")]
    [InlineData("Abderrahmane", "abdulrahmane")]
    [InlineData("Abdushshakur", "abdulshakur")]
    [InlineData("An Nguyen", "an nguyen")]
    [InlineData("Ed Dunn", "ed dunn")]
    [InlineData("Abdurakhmanov", "abdurakhmanov")]
    public void Normalize_ArticleAssimilatedToTheSunLetter_IsWrittenAl(string name, string display) =>
        Assert.Equal(display, NameNormalizer.Normalize(name, EntityKind.Person).Display);

    [Theory]
    [InlineData("هدايت الله", "HIDAYATULLAH")]
    [InlineData("رحمت الله شاه نواز", "RAHMATULLAH SHAH NAWAZ")]
    [InlineData("عبدالرحمان زاهد", "ABDUL RAHMAN ZAHED")]
    public void ScorePair_ArabicScriptNameWithoutVowels_MeetsTheNameWrittenAsOneInLatin(string arabic, string latin)
    {
        var match = ScreeningIndex.Build([]).ScorePair(arabic, latin, "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
    }

    [Theory]
    [InlineData("saleh", "sl")] // SL: Shining Path's initials
    [InlineData("salah", "sl")]
    [InlineData("hassan", "hs")]
    public void CompareWords_TwoLettersWithoutVowels_AreNoAbjadSpellingOfALongerWord(string word, string initials) =>
        Assert.True(TokenSimilarity.CompareWords(word, PhoneticKey.Of(word), initials, PhoneticKey.Of(initials)).Similarity < 0.6f);

    [Theory]
    [InlineData("ali", "aly")]
    [InlineData("hassan", "hsn")]
    [InlineData("muhammad", "mhmd")]
    [InlineData("mahmood", "mhmd")]
    [InlineData("hussein", "hsyn")]
    [InlineData("ahmed", "ahmd")]
    public void CompareWords_AbjadSpelling_MeetsTheWordByItsSkeleton(string word, string abjad) =>
        Assert.Equal(TokenSimilarity.SameSkeleton, TokenSimilarity.CompareWords(word, PhoneticKey.Of(word), abjad, PhoneticKey.Of(abjad)).Similarity);

    [Theory]
    [InlineData("mahmood", "mty")] // Mty: a listed alias of ISKRITSKY, Mikhail
    [InlineData("mahmood", "mtt")] // M.T.T. LTDA.
    [InlineData("mohammed", "mdt")]
    [InlineData("mhmd", "mtt")]
    public void CompareWords_SpellingWithoutVowelsThatLeavesOutTheH_IsNoSkeletonOfTheWord(string word, string other)
    {
        // One phonetic key (MT: an inner h is dropped, repeated classes collapse), but a spelling without vowels writes
        // every consonant it has: the skeleton is not the same.
        Assert.Equal(PhoneticKey.Of(word), PhoneticKey.Of(other));
        Assert.True(TokenSimilarity.CompareWords(word, PhoneticKey.Of(word), other, PhoneticKey.Of(other)).Similarity < 0.6f);
    }

    [Theory]
    [InlineData("makhmoudi", "muhammad")] // MT both: Mahmoudi with Cyrillic's kh
    [InlineData("makhmud", "mohammed")]
    public void CompareWords_OneKeyAndLessThanHalfTheLetters_CountsForLessThanAKeyAndAShareOfTheLetters(string a, string b)
    {
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));
        var (similarity, kind) = TokenSimilarity.CompareWords(a, PhoneticKey.Of(a), b, PhoneticKey.Of(b));

        Assert.Equal(AlignmentKind.Phonetic, kind);
        Assert.True(similarity < 0.7f, similarity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mehmet", "mohammed")] // the Turkish form: half the letters
    public void CompareWords_OneKeyAndHalfTheLettersOrMore_StillMeet(string a, string b) =>
        Assert.True(TokenSimilarity.CompareWords(a, PhoneticKey.Of(a), b, PhoneticKey.Of(b)).Similarity >= 0.75f);

    [SharedDataFact]
    public void Screen_CyrillicNameOfTheKeyOfMuhammad_FindsTheNameItSpells()
    {
        // MAHMOUDI, Mohammad (ent 29812): in Cyrillic, makhmoudi met every Muhammad on its key, and MUHAMMAD, Muhammad
        // came first at 0.783.
        Lists.AssertFirstForReview("мохаммад махмоуди", "29812");
    }

    [Theory]
    [InlineData("mhmd", true)]
    [InlineData("abd", true)]
    [InlineData("hsn", true)]
    [InlineData("wright", false)] // one vowel in six letters: a name that writes its vowels
    [InlineData("frosch", false)]
    [InlineData("schmidt", false)]
    [InlineData("amy", false)] // a final y is a vowel
    public void IsVowellessLatin_OnlyALatinWordWithoutAnyVowel(string word, bool vowelless) =>
        Assert.Equal(vowelless, TokenSimilarity.IsVowellessLatin(word));

    [Theory]
    [InlineData("wright", "faracade")] // both BRKT: Michael Wright met the weak alias Faracade at 0.778
    [InlineData("amy", "amu")]
    [InlineData("frosch", "farias")]
    public void Compare_LatinNamesOfOneVowel_AreNotComparedAsSkeletonsAlone(string a, string b)
    {
        static Tok Word(string text) => new(text, PhoneticKey.Of(text), TokenClass.Word, 5f, 5f, -1);

        Assert.True(TokenSimilarity.Compare(Word(a), Word(b)).Similarity < TokenSimilarity.SameSkeleton * 0.9f);
    }

    [Theory]
    [InlineData("antonia", "antonio", true)]
    [InlineData("luisa", "luis", true)]
    [InlineData("daniela", "daniel", true)]
    [InlineData("ivana", "ivan", true)]
    [InlineData("ivanova", "ivanov", false)] // one family's name in its two genders
    [InlineData("ghabra", "ghabr", false)] // a surname cut short, not a given name
    [InlineData("anna", "anne", false)]
    [InlineData("rivera", "river", false)] // a common surname, not a woman's given name: Edwin Ramon CASTRO RIVER met CASTRO RIVERA at 0.644
    public void IsOtherGender_AMansGivenNameAndTheWomansMadeOfIt(string a, string b, bool other) =>
        Assert.Equal(other, TokenSimilarity.IsOtherGender(a, b));

    [SharedDataTheory]
    [InlineData("Antonia Rodriguez", "RODRIGUEZ, Antonio")] // 0.916 before
    [InlineData("Luisa Lopez", "LOPEZ, Luis")] // 0.909
    public void ScorePair_AWomanAndAManOfOneGivenName_AreNoMatch(string query, string listed) =>
        Assert.False(Lists.Full.ScorePair(query, listed, "Person").IsMatch);

    [SharedDataFact]
    public void Screen_InitialAndSurname_DoesNotMeetAnAbbreviationOfTheSameKey()
    {
        // ISKRITSKY, Mikhail (ent 35990) has the weak alias Mty: F. MAHMOOD met it at 0.815, above review.
        var hits = Lists.Full.Screen(new ScreeningQuery("F. MAHMOOD"), 10);

        Assert.DoesNotContain(hits, h => h.Entry.SourceId == "35990" && h.RequiresReview);
    }

    [Fact]
    public void ScorePair_OneVowellessPartAmongOthers_IsNotAnAbjadSpelling()
    {
        // abd is written without vowels, al is not: abd al is no spelling of abdallah.
        var match = ScreeningIndex.Build([]).ScorePair("abd al hkym knw", "AL-HAKIM, Abdallah", "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, x => x.Kind == AlignmentKind.Joined);
    }

    [Fact]
    public void ScorePair_PartsThatAddNothingToTheSkeleton_AreNotOneWord()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Twrk Agh", "Derrick", "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, x => x.Kind == AlignmentKind.Joined);
    }

    [Fact]
    public void Normalize_InitialIsNotJoinedToTheWordBeforeIt()
    {
        var match = ScreeningIndex.Build([]).ScorePair("William G Frost", "William Frost", "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Joined);
    }

    [Theory]
    [InlineData("AT&T Inc.", "att inc")]
    [InlineData("AT and T Inc.", "att inc")]
    [InlineData("P & G", "pg")]
    [InlineData("Procter & Gamble", "procter and gamble")]
    public void Normalize_LettersJoinedByAnAmpersand_AreOneAcronym(string name, string display) =>
        Assert.Equal(display, NameNormalizer.Normalize(name, EntityKind.Organization).Display);

    [Fact]
    public void ScorePair_SameHanScriptOtherCharacters_IsNotAMatch_EvenWhenTheyRomaniseAlike()
    {
        var index = ScreeningIndex.Build([]);

        // 市 and 石 are both shi: the romanisations agree, the names do not.
        Assert.Equal(
            string.Join(' ', NameNormalizer.Normalize("高市早苗").Tokens.Select(t => t.Text)),
            string.Join(' ', NameNormalizer.Normalize("高石早苗").Tokens.Select(t => t.Text)));
        Assert.False(index.ScorePair("高石早苗", "高市早苗", "Person").IsMatch);
        Assert.True(index.ScorePair("高市早苗", "高市早苗", "Person").IsMatch);
    }

    [SharedDataTheory]
    [InlineData("syna energy development company", "30366")] // SINA ENERGY DEVELOPMENT COMPANY: y for i
    [InlineData("coti corp", "23785")] // KOTI CORP: c for k
    [InlineData("tyan 7", "33806")] // TIAN YU 7
    [InlineData("iiad ali salim", "21998")] // SALIM, Iyad
    [InlineData("кёнг хак ким", "23506")] // KIM, Kyong Hak: kh for h
    public void Screen_AShortWordInAnotherTransliteration_FindsTheEntryFirst(string query, string sourceId)
    {
        // Words of four letters or fewer are not looked up by their deletions: without the respellings the entry was
        // never a candidate (syna found WILAYAT SAYNA, coti COTEI, tyan nothing).
        var hits = Lists.Full.Screen(new ScreeningQuery(query), 3);

        Assert.NotEmpty(hits);
        Assert.Equal(sourceId, hits[0].Entry.SourceId);
    }
}
