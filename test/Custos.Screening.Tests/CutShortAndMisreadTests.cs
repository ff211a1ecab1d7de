using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Names as systems damage them: the last word cut short by a field of fixed length, letters typed or read as
/// the digits they look like, words of organisation names abbreviated.</summary>
public sealed class CutShortAndMisreadTests
{
    [SharedDataFact]
    public void Screen_LastWordCutShort_FindsTheListedNameAndSaysSo()
    {
        // KADENKOV, Dmitry Mikhaylovich is on the SDN list (ent 35632); a field of fixed length kept KADEN.
        var hit = Lists.Full.Screen(new ScreeningQuery("Dmitry Mikhaylovich KADEN"))[0];

        Assert.Equal("35632", hit.Entry.SourceId);
        Assert.True(hit.RequiresReview, hit.Explanation.ToText());
        Assert.Contains("cut short at the end of the query", hit.Explanation.ToText(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TokensOf_OnlyTheLastWordOfAnOrderedName_MayBeCutShort()
    {
        var index = Lists.Full;

        Assert.Equal([false, false, true], CutShort(index, "Dmitry Mikhaylovich KADEN"));
        Assert.Equal([false, false, true], CutShort(index, "Sergey Ivanovich KAZAN")); // listed, but three words say which
        Assert.Equal([false, false], CutShort(index, "Sergey KAZAN")); // listed, in a name of two words: as written
        Assert.Equal([false, false, false], CutShort(index, "Dmitry KADENKOV Mikhaylovich")); // no word cut short last
        Assert.Equal([false, false, false], CutShort(index, "Dmitry Mikhaylovich KADENKOV")); // a word of the lists
        Assert.Equal([false, false, false], CutShort(index, "KADEN, Dmitry Mikhaylovich")); // written surname first
        Assert.Equal([false, false], CutShort(index, "Dmitry KADE")); // four letters say too little
    }

    /// <summary>The last word cut short is itself a listed word (KAZAN, ASLAN): in a name of three words it may still be
    /// cut short, and the name whose other words agree comes first (before: KAZAN alone at 0.788; ASLANOVA, Darya
    /// Dmitriyevna at 0.672).</summary>
    [SharedDataTheory]
    [InlineData("Sergey Ivanovich KAZAN", "35428")]
    [InlineData("Darya Dmitriyevna ASLAN", "29745")]
    public void Screen_LastWordCutShortToAListedWord_FindsTheNameItBegins(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    /// <summary>A patronymic cut short is cut short too (before: 0.650, <c>nikolayev</c> against <c>nikolayevich</c> as a
    /// close spelling at 0.69), and a surname one letter short is no man's name beside a woman's (0.644: <c>river</c> and
    /// <c>rivera</c> were read as a given name in its two genders), nor a given name cut short (<c>nikol</c> of
    /// <c>nikola</c>).</summary>
    [SharedDataTheory]
    [InlineData("IVANOV Andrey - Nikolayev", "43797")] // IVANOV, Andrey Nikolayevich
    [InlineData("Edwin Ramon CASTRO RIVER", "31892")] // CASTRO RIVERA, Edwin Ramon
    [InlineData("GRUEVSKI Nikol", "36357")] // GRUEVSKI, Nikola: nikol read as a man's name beside a woman's met nothing (0.419)
    public void Screen_LastWordCutShort_APatronymicOrACommonSurname_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        // The word written last is paired with the listed word it begins.
        Assert.Contains(hits[0].Explanation.Alignments, a => a is { ListToken: { } listed, QueryToken: { } query } && listed != query && listed.StartsWith(query, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void WordsBeginning_IsEveryWordOfTheVocabularyThatBeginsWithThePrefix()
    {
        var data = Lists.Full.Data;
        var prefixes = data.Vocabulary.Where((_, i) => i % 97 == 0)
            .SelectMany(t => Enumerable.Range(1, Math.Min(t.Text.Length, 12)).Select(n => t.Text[..n]))
            .Concat(["a", "zzzzz", "mohammadreza", "internationalis", "\u0001"]);
        foreach (var prefix in prefixes)
        {
            var expected = Enumerable.Range(0, data.Vocabulary.Length).Where(i => data.Vocabulary[i].Text.StartsWith(prefix, StringComparison.Ordinal)).Order();

            Assert.Equal(expected, data.WordsBeginning(prefix).ToArray().Order());
        }
    }

    [Fact]
    public void IsCutShort_OneToThreeLettersOffTheEnd_OfAWordOfFiveOrMore()
    {
        Assert.True(TokenSimilarity.IsCutShort("kaden", "kadenkov"));
        Assert.True(TokenSimilarity.IsCutShort("shammou", "shammout"));
        Assert.False(TokenSimilarity.IsCutShort("kade", "kadenk")); // too short to tell
        Assert.False(TokenSimilarity.IsCutShort("usman", "usmanovich")); // five letters off
        Assert.False(TokenSimilarity.IsCutShort("kaden", "kaden")); // the same word
        Assert.False(TokenSimilarity.IsCutShort("aden", "kaden")); // cut at the start
    }

    [Theory]
    [InlineData("BUSHEHR SHIPPING COMPANY LIMIT", "BUSHEHR SHIPPING COMPANY LIMITED")]
    [InlineData("HESONG TRADING CORPORAT", "HESONG TRADING CORPORATION")]
    [InlineData("KRAVERTON CONSTRUCTION INTERNATIO", "KRAVERTON CONSTRUCTION INTERNATIONAL")]
    public void Normalize_OrganisationNameCutShortInALegalOrGenericWord_IsWrittenOut(string cut, string whole) =>
        Assert.Equal(Display(whole, EntityKind.Organization), Display(cut, EntityKind.Organization));

    [Fact]
    public void Normalize_CutWordsAreCompletedOnlyAtTheEndOfAnOrganisationsName()
    {
        Assert.Equal("juan limit", Display("Juan Limit", EntityKind.Person));
        Assert.Equal("limit trading", Display("LIMIT TRADING", EntityKind.Organization));
        Assert.Equal("compa", Display("COMPA", EntityKind.Organization)); // a name of one word is not cut short
    }

    [Theory]
    [InlineData("Hong Ri L1", "hong ri li")]
    [InlineData("Thein S0E", "thein soe")]
    [InlineData("Vitaly 5UK", "vitaly suk")]
    [InlineData("K1M Hyok Chol", "kim hyok chol")]
    [InlineData("La 8o KYA", "la bo kya")]
    [InlineData("G3RMAN TRADING", "german trading")] // as before: three letters or more, one digit in three
    [InlineData("A1i FAZLI", "ali fazli")] // a 1 beside an i is an l (aii before: ACL ITHALAT IHRACAT came first)
    [InlineData("Kwang-I1 KIM", "kwang il kim")]
    [InlineData("Su Gi1 KIM", "su gil kim")]
    [InlineData("A1exander", "alexander")] // and between two vowels
    [InlineData("We1 ZHANG", "wei zhang")] // otherwise an i
    [InlineData("Y1u Wa YUNG", "yiu wa yung")] // a y before the 1 is no vowel
    [InlineData("Ma1yq NDRECAJ", "malyq ndrecaj")] // one after it is
    [InlineData("SPARTA 1II", "sparta iii")] // and in a Roman numeral
    public void Normalize_DigitsInsideAWord_AreReadAsTheLettersTheyLookLike(string written, string display) =>
        Assert.Equal(display, Display(written, EntityKind.Unknown));

    [Theory]
    [InlineData("1st Brigade")] // an ordinal stays a number
    [InlineData("Brigade F16")] // two digits to one letter: a designation, not a word
    [InlineData("Unit 2B")] // 2 looks like no letter
    public void Normalize_DesignationsAndOrdinals_KeepTheirDigits(string written) =>
        Assert.Contains(Display(written, EntityKind.Organization).Split(' '), word => word.Any(char.IsAsciiDigit));

    [Theory]
    [InlineData("FARASAKHT IND.", "FARASAKHT INDUSTRIES")]
    [InlineData("ATLANTIC SHPG & TRANS", "ATLANTIC SHIPPING & TRANS")]
    [InlineData("ANDISHEH MEHVARAN INV COMPANY", "ANDISHEH MEHVARAN INVESTMENT COMPANY")]
    [InlineData("PASTEUR INST", "PASTEUR INSTITUTE")]
    public void Normalize_AbbreviatedOrganisationWords_AreWrittenOut(string abbreviated, string whole) =>
        Assert.Equal(Display(whole, EntityKind.Organization), Display(abbreviated, EntityKind.Organization));

    [Theory]
    [InlineData("vadirn", "vadim")]
    [InlineData("asrna", "asma")]
    [InlineData("bemard", "bernard")] // the list's rn, the query's m
    [InlineData("harnad", "hamad")]
    public void Compare_AnMReadAsRn_IsAMisreading(string query, string listed)
    {
        var (similarity, kind) = TokenSimilarity.Compare(Token(query), Token(listed));

        Assert.Equal(AlignmentKind.Misread, kind);
        Assert.True(similarity >= 0.85f, $"{similarity}");
        Assert.False(TokenSimilarity.BelowGrade(Token(query), TokenSimilarity.LetterSet.Of(Token(query)), Token(listed), TokenSimilarity.LetterSet.Of(Token(listed))));
    }

    [Theory]
    [InlineData("arnold", "amold")] // read back, the same word: a misreading either way
    [InlineData("bernard", "bertrand")] // no m to read
    [InlineData("kornilov", "komarov")] // read back (komilov), still another word
    public void Compare_RnAndM_OnlyAMisreadingWhenReadingBackMakesTheWord(string query, string listed)
    {
        var (similarity, kind) = TokenSimilarity.Compare(Token(query), Token(listed));

        Assert.Equal(query == "arnold", kind == AlignmentKind.Misread);
        Assert.True(query == "arnold" ? similarity >= 0.85f : similarity < 0.8f, $"{similarity}");
    }

    [SharedDataFact]
    public void Screen_AnMReadAsRnAndATypo_FindsTheListedNameAndSaysSo()
    {
        // DENGIN, Vadim Yevgenyevich is on the SDN list (ent 36778).
        var hit = Lists.Full.Screen(new ScreeningQuery("Vadirn Yevgenyevich DEGIN"))[0];

        Assert.Equal("36778", hit.Entry.SourceId);
        Assert.True(hit.RequiresReview, hit.Explanation.ToText());
        Assert.Contains("m misread as rn", hit.Explanation.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NEXIGN JOINT STOCK CORNPANY", "NEXIGN JOINT STOCK COMPANY")]
    [InlineData("ALFA MANAGERNENT", "ALFA MANAGEMENT")]
    public void Normalize_OrganisationWordWithAnMReadAsRn_IsReadBack(string misread, string whole) =>
        Assert.Equal(Display(whole, EntityKind.Organization), Display(misread, EntityKind.Unknown));

    [Fact]
    public void Normalize_NamesWithRn_AreLeftAsWritten()
    {
        Assert.Equal("bernard arnold", Display("Bernard Arnold", EntityKind.Unknown));
        Assert.Equal("kornilov cornpany", Display("KORNILOV CORNPANY", EntityKind.Person)); // a person's name has no company
    }

    [Theory]
    [InlineData("INTERSEKTION LLK", "INTERSEKTION LLC")]
    [InlineData("POTRIKO KORP.", "POTRIKO CORP.")]
    [InlineData("IRASCO Z.R.L.", "IRASCO S.R.L.")]
    [InlineData("CHAPS INVESTMENT YNC.", "CHAPS INVESTMENT INC.")]
    [InlineData("OJSK GAZPROM", "OJSC GAZPROM")]
    [InlineData("ALFA FZK", "ALFA FZC")]
    [InlineData("KJSK ZEST", "CJSC ZEST")] // two letters respelt
    [InlineData("LLK INNOTEKH SOLUTIONS", "LLC INNOTEKH SOLUTIONS")] // a limited company's form first (0.702)
    [InlineData("ALFA KORB", "ALFA KORB")] // not a legal form with one letter or two respelt
    public void Normalize_LegalFormWithALetterThatSoundsTheSame_IsReadBack(string respelled, string written) =>
        Assert.Equal(Display(written, EntityKind.Organization), Display(respelled, EntityKind.Unknown));

    /// <summary>Letters written with dots after a word are a legal form with a letter that sounds the same
    /// (<c>romik z.a.</c> met <c>ROMIK S.A.</c> at 0.696); before a name's first word they stay a person's initials.</summary>
    [Theory]
    [InlineData("ROMIK Z.A.", "ROMIK S.A.")]
    [InlineData("FLEURETTE ENERGY I B.W.", "FLEURETTE ENERGY I B.V.")]
    [InlineData("ALFA S.A. DE K.W.", "ALFA S.A. DE C.V.")] // two letters respelt
    [InlineData("BIESTRA S.A.Z.", "BIESTRA S.A.S.")]
    public void Normalize_DottedLegalFormWithALetterThatSoundsTheSame_IsReadBack(string respelled, string written) =>
        Assert.Equal(Display(written, EntityKind.Organization), Display(respelled, EntityKind.Unknown));

    /// <summary>A dotted legal form with a letter misread as a digit is the form (<c>HAVANATUR 5.A.</c> met HAVANATUR
    /// first, not HAVANATUR S.A.); dotted digits that make no form stay digits.</summary>
    [Theory]
    [InlineData("HAVANATUR 5.A.", "HAVANATUR S.A.")]
    [InlineData("ALFA 8.V.", "ALFA B.V.")]
    public void Normalize_DottedLegalFormWithADigitForALetter_IsReadBack(string misread, string written) =>
        Assert.Equal(Display(written, EntityKind.Organization), Display(misread, EntityKind.Unknown));

    [Fact]
    public void Normalize_DottedDigitsThatAreNoLegalForm_StayDigits() =>
        Assert.Equal("alfa 1 2", Display("ALFA 1.2.", EntityKind.Unknown));

    [Theory]
    [InlineData("Z.A. KHAN", "za khan")] // a person's initials
    [InlineData("ROMIK Z.Q.", "romik zq")] // no legal form with any letter respelt
    public void Normalize_DottedLettersThatAreNoRespeltLegalForm_AreLeftAsWritten(string name, string expected) =>
        Assert.Equal(expected, Display(name, EntityKind.Unknown));

    /// <summary>An abbreviation of six letters or more with a letter typed twice, two swapped or a w for its v is written
    /// out as the abbreviation is (<c>tabak inwest llc</c> met <c>TABAK INVEST LLC</c> at 0.609); other words one edit
    /// from it are listed names of their own, and a person's name is left as written.</summary>
    [Theory]
    [InlineData("TABAK INWEST LLC", "TABAK INVEST LLC")]
    [InlineData("CG VASTGOED INVESST", "CG VASTGOED INVEST")]
    [InlineData("ALFA INVSET", "ALFA INVEST")]
    public void Normalize_LongAbbreviationMistyped_IsWrittenOut(string mistyped, string written) =>
        Assert.Equal(Display(written, EntityKind.Organization), Display(mistyped, EntityKind.Unknown));

    [Theory]
    [InlineData("ALFA INVENT", EntityKind.Organization)]
    [InlineData("INOVEST", EntityKind.Organization)]
    [InlineData("INVESTA GROUP", EntityKind.Organization)]
    [InlineData("INTERNAL SECURITY", EntityKind.Organization)]
    [InlineData("Anna Inwest", EntityKind.Person)]
    public void Normalize_WordsOneEditFromALongAbbreviation_AreLeftAsWritten(string name, EntityKind kind) =>
        Assert.Equal(NameNormalizer.ToAsciiLower(name), Display(name, kind));

    [Theory]
    [InlineData("UNION DEVELOPMENT GROUP CO. LLTD.", "UNION DEVELOPMENT GROUP CO. LTD.")] // a letter typed twice (met LADY D first)
    [InlineData("LLANOTOUR LTAD.", "LLANOTOUR LTDA.")] // two letters swapped
    [InlineData("ALFA GMBBH", "ALFA GMBH")]
    [InlineData("OJCS GAZPROM", "OJSC GAZPROM")]
    public void Normalize_LegalFormMistyped_IsReadBack(string mistyped, string written) =>
        Assert.Equal(Display(written, EntityKind.Organization), Display(mistyped, EntityKind.Unknown));

    [Theory]
    [InlineData("ALFA CROP", EntityKind.Organization)] // an English word, corp with two letters swapped
    [InlineData("ALFA LTDD SHIPPING", EntityKind.Organization)] // not the last word
    [InlineData("Ali Ltad", EntityKind.Person)]
    public void Normalize_WordsThatOnlyLookLikeAMistypedLegalForm_AreLeftAsWritten(string name, EntityKind kind) =>
        Assert.Equal(NameNormalizer.ToAsciiLower(name), Display(name, kind));

    [Theory]
    [InlineData("SQUID INK", EntityKind.Unknown)] // an English word
    [InlineData("FSE ACP VYMPEL", EntityKind.Organization)] // an acronym first: only joint-stock forms are read back there
    [InlineData("KORP ALFA", EntityKind.Organization)]
    [InlineData("Anneli Korp", EntityKind.Person)] // a person's name has no legal form
    [InlineData("KORP", EntityKind.Organization)] // a name of one word
    public void Normalize_WordsThatOnlySoundLikeALegalForm_AreLeftAsWritten(string name, EntityKind kind) =>
        Assert.Equal(NameNormalizer.ToAsciiLower(name).Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
            Display(name, kind));

    [SharedDataTheory]
    [InlineData("intersektion llk", "29265")] // INTERSECTION LLC: 0.695 before
    [InlineData("potriko korp.", "26222")] // POTRICO CORP.: 0.693
    [InlineData("irasco z.r.l.", "11611")] // IRASCO S.R.L.: 0.661
    public void Screen_LegalFormRespelled_FindsTheListedNameForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    private static Tok Token(string text) => new(text, PhoneticKey.Of(text), TokenClass.Word, 5f, 5f, -1);

    private static bool[] CutShort(ScreeningIndex index, string name) =>
        [.. index.TokensOf(NameNormalizer.Normalize(name)).Select(t => (t.Variants & Tok.CutShort) != 0)];

    private static string Display(string name, EntityKind kind) => NameNormalizer.Normalize(name, kind).Display;
}
