using Custos.Screening.Lists;
using Custos.Screening.Text;
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
    /// <summary>A word split into two listed words brings a name holding one of them only when the word is near that one
    /// (the scoring pairs them): <c>Richardson</c> is no <c>son</c>, and the names of SON, Min (scored 0 against it) took
    /// the candidates' places; the names holding both halves still come (<c>SYRIANAIR</c>, below).</summary>
    [SharedDataFact]
    public void FindCandidates_AWordSplitInTwo_BringsNoNameHoldingOnlyAHalfItIsFarFrom()
    {
        var index = Lists.Full;
        var names = index.FindCandidates("John Richardson", EntityKind.Person).Best.Select(b => index.Data.NameTokens[b.Name]).ToList();

        Assert.DoesNotContain(names, tokens => tokens.Any(t => t.Text == "son") && !tokens.Any(t => t.Text == "richard"));
    }

    /// <summary>Two query words looked up written as one bring no listed word more than two letters shorter, which the
    /// scoring never pairs with them: <c>iyad ag</c> (iyadag) has the skeleton of ODK, ATC and ITC, whose organisations
    /// took the candidates' places; <c>s habibi</c> (shabibi) brought the names of short words of its skeleton before
    /// <c>HABIBI, Skender</c>, and <c>HABIB, Salah</c> came first.</summary>
    [SharedDataFact]
    public void FindCandidates_TwoWordsWrittenAsOne_BringNoMuchShorterWordOfTheirSkeleton()
    {
        var index = Lists.Full;
        var names = index.FindCandidates("GHALY, Iyad ag", EntityKind.Person).Best.Select(b => index.Data.NameSource[b.Name].Text).ToList();

        Assert.DoesNotContain(names, n => n.Contains("ODK", StringComparison.Ordinal) || n.Contains("ATC", StringComparison.Ordinal) || n.Contains("ITC", StringComparison.Ordinal));
        Assert.Equal("HABIBI, Skender", index.Screen(new ScreeningQuery("S. HABIBI") { Kind = EntityKind.Person }, 3)[0].Entry.PrimaryName);
    }

    [SharedDataTheory]
    // In one case: where the case changes between the words, the normaliser splits them before any search (below).
    [InlineData("MIKHAILIUKLEONID", "31573")] // MIKHAILIUK, Leonid: surname first, written as one
    [InlineData("LAABOUDIMORAD", "18590")] // LAABOUDI, Morad
    [InlineData("Liyoumin", "27064")] // LI, Youmin
    [InlineData("GUSTAVOCASTRO", "11953")] // GONZALEZ CASTRO, Gustavo: the word between left out
    [InlineData("KHHOSROMOKHTARI", "30365")] // MOKHTARI, Khosro: the given name misspelt
    [InlineData("artemkourov", "44909")] // KUROV, Artem: the surname respelt
    [InlineData("novorosiyaparty", "17471")] // NOVOROSSIYA PARTY: a letter dropped
    public void Screen_TwoListedWordsWrittenAsOne_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        Assert.Contains("written as one word", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>A listed word that two query words spell, one of them a generic word of organisation names, and the other
    /// found the listed word only as a far spelling (trans, by the skeleton of transoil): the pair counted it as that
    /// spelling did, and OOO TRANSOIL was not among the candidates (OSTEC-INTEGRA LTD came first at 0.703).</summary>
    [SharedDataFact]
    public void Screen_AGenericWordAndANameWordTheListWritesAsOne_FindsTheEntryFirstForReview()
    {
        var hits = Lists.AssertFirstForReview("OOO TRANS OIL", "16807");

        Assert.Contains("written as one word", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }

    [SharedDataTheory]
    // A listed word of two letters run into the next: the candidate search split a word only into parts of three
    // letters or more, and found nothing or another name.
    [InlineData("MKINTERROS INVEST", "40575")] // MK INTERROS INVEST: CONTRERAS, William at 0.466 before
    [InlineData("PRESSTV", "45062")] // PRESS TV
    [InlineData("BSBRAVO", "37933")] // BS BRAVO (a vessel): PESCABRAVA, S.A. before
    [InlineData("LANATV", "26899")] // LANA TV
    [InlineData("MRHANDYMAN LTD", "23408")] // MR HANDYMAN LTD: nothing before
    // A Roman numeral run into the name it numbers: SPARTA, another vessel, came first before.
    [InlineData("SPARTAIV", "37029")]
    [InlineData("SPARTAIII", "37028")]
    // A legal form of two letters (C.A., Venezuela's) once weighed as a rare name word.
    [InlineData("IMPORTADORASILVANIA C.A.", "12895")]
    public void Screen_ATwoLetterWordOrANumeralRunIntoTheNext_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        Assert.Contains("written as one word", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>A number in digits is still no part of a word (<c>FU YUAN YU 7617</c> is not <c>fu yuan yu7617</c>), nor
    /// a function word or a legal form of two letters a word of the query begins with.</summary>
    [SharedDataFact]
    public void ScorePair_DigitsAreNotRunIntoAWord()
    {
        var match = Lists.Full.ScorePair("SPARTA4", "SPARTA 4", "Vessel");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Joined);
    }

    /// <summary>A word written onto another that the list name has alone adds nothing to it: the pair is that word with a
    /// word more (before: <c>lg electronics ~ electronics</c>, written as one, 0.845).</summary>
    [SharedDataFact]
    public void ScorePair_AWordWrittenOntoAListedWordItDoesNotChange_IsNotFoundInIt()
    {
        var match = Lists.Full.ScorePair("LG Electronics", "ELECTRONICS INSTITUTE", "Organization");

        Assert.False(match.IsMatch, match.Explanation.ToText());
        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Joined);
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

    [Theory]
    [InlineData("JordanKAMCEV", "jordan kamcev")] // a word in capitals written onto one in small letters
    [InlineData("Aleksey OlegovichCHEKUN", "aleksey olegovich chekun")]
    [InlineData("MIKHAILIUKLeonid", "mikhailiuk leonid")] // a capitalised word written onto one in capitals
    [InlineData("LIYoumin", "li youmin")]
    [InlineData("FU YUAN YU7603", "fu yuan yu 7603")] // letters and digits written as one
    [InlineData("GEBAA2480 SAL", "gebaa 2480 sal")]
    [InlineData("JOINT STOCK COMPANY144 ARMORED REPAIR PLANT", "jsc 144 armored repair plant")] // not read as the letters iaa
    [InlineData("AL-SAFWA12 TRADING", "al safwa 12 trading")]
    [InlineData("Unit 2B", "unit 2 b")]
    [InlineData("KimJongUn", "kim jong un")] // capitalised words written as one: three or more
    [InlineData("JohnSmith", "john smith")] // or two of four letters or more
    [InlineData("Juan DeLaCruz", "juan de la cruz")] // parts of two letters that are particles
    [InlineData("JPMorgan GmbH", "jp morgan gmbh")] // a capital ending a run is no sign of random case
    public void Normalize_WordsJoinedWhereCaseOrLettersAndDigitsChange_AreTwoWords(string written, string display) =>
        Assert.Equal(display, NameNormalizer.Normalize(written, EntityKind.Unknown).Display);

    [Theory]
    [InlineData("HassHn Muhammad", "hasshn muhammad")] // one capital among small letters: a slip
    [InlineData("Ronald McDonald", "ronald mcdonald")] // a name's own capitals
    [InlineData("DeAndre Jordan", "deandre jordan")]
    [InlineData("LaToya MacKenzie", "latoya mackenzie")] // a capitalised part of two or three letters
    [InlineData("McDONALD", "mcdonald")] // one small letter among capitals
    [InlineData("P\u0443TIN", "putin")] // a Cyrillic letter that looks Latin
    [InlineData("JOhn Smith", "john smith")] // two capitals, then small letters: a slip of the shift key
    [InlineData("21st Century Trading", "21st century trading")] // an ordinal
    [InlineData("G3RMAN TRADING", "german trading")] // digits read as the letters they look like
    public void Normalize_CapitalsOrDigitsThatDoNotJoinTwoWords_StayOneWord(string written, string display) =>
        Assert.Equal(display, NameNormalizer.Normalize(written, EntityKind.Unknown).Display);

    /// <summary>A name typed in random case: its capitals mark no words, and nothing is split by them (before, the
    /// splits cut <c>NaCiOnAl</c> into four words and <c>VlAdImIr</c> into <c>vl ad im ir</c>).</summary>
    [Theory]
    [InlineData("VlAdImIr PuTiN", "vladimir putin")]
    [InlineData("BaNcO NaCiOnAl De CuBa", "banco nacional de cuba")]
    [InlineData("vLADimir pUtIN", "vladimir putin")] // one small letter before capitals
    [InlineData("KIm JoNgUn", "kim jongun")] // a run that reads as words beside one that does not
    [InlineData("IaC INTErNatioNal InC.", "iac international inc")] // a word in capitals among capitalised ones: int er natio nal
    [InlineData("S 7 ENGInEerING LLC", "s 7 engineering llc")]
    [InlineData("creDiSa S.A.", "credisa sa")] // a word in small letters, then two capitalised: cre di sa
    [InlineData("husEyiN SAHin", "huseyin sahin")] // sa hin beside a run in random case
    public void Normalize_ANameInRandomCase_IsNotSplitByItsCapitals(string written, string display) =>
        Assert.Equal(display, NameNormalizer.Normalize(written, EntityKind.Unknown).Display);

    [SharedDataTheory]
    [InlineData("V l a d i m i r P u t i n", "35096")] // letters written apart: nothing found before
    [InlineData("V-L-A-D-I-M-I-R-P-U-T-I-N", "35096")]
    [InlineData("VlAdImIr PuTiN", "35096")] // PUTIN, Vladimir: ISS RESHETNEV first at 0.634
    [InlineData("BaNcO NaCiOnAl De CuBa", "306")] // BANCO NACIONAL DE CUBA: DHKP/C first at 0.747
    [InlineData("SaDdAm HuSsEiN aL-TiKrItI", "7843")] // AL-TIKRITI, Saddam Hussein
    public void Screen_ANameInRandomCaseOrSpeltOut_FindsTheEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    [SharedDataTheory]
    [InlineData("JorddanKAMECV", "44147")] // KAMCEV, Jordan: joined, both words misspelt
    [InlineData("NneadPOPOVIIC", "45250")] // POPOVIC, Nenad
    [InlineData("Andrei AlexanddrovichSTRRIZHOV", "17547")] // STRIZHOV, Andrei Alexandrovich
    [InlineData("LIYumin", "27064")] // LI, Youmin: the given name respelt
    [InlineData("FU YUAN YU7603", "33767")] // the vessel FU YUAN YU 7603, not another of the fleet
    [InlineData("GEBAA2480 SAL LLC", "28171")] // GEBAA 2480 SAL
    [InlineData("KimJongUn", "20157")] // KIM, Jong Un: found nothing
    [InlineData("RezaJohn AMIDI", "16438")] // AMIDI, Reza, with a word more written onto the given name
    [InlineData("SEARHAPSODY", "36276")] // SEA RHAPSODY: its spelling met rhapsody, far, and the split into sea and rhapsody was passed by
    [InlineData("LLC NOVYEPROEKTY", "26517")] // LLC NOVYE PROEKTY, the same
    public void Screen_WordsJoinedWhereCaseOrLettersAndDigitsChange_FindTheEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);

    [SharedDataTheory]
    [InlineData("Saeed AGH AJANI", "33574")] // AGHAJANI, Saeed: ajani alone is a far spelling of aghajani
    [InlineData("Hamed ABDO LLAHI", "12930")] // ABDOLLAHI, Hamed
    [InlineData("Maulawi INAYATU LLAH", "23629")] // INAYATULLAH, Maulawi
    [InlineData("LLC SYMPH ONY", "43319")] // LLC SYMPHONY
    [InlineData("MERID EIS D.O.O.", "16840")] // MERIDEIS D.O.O.
    public void Screen_AListedWordSplitInTwo_FindsTheEntryFirstForReview(string query, string sourceId) =>
        Lists.AssertFirstForReview(query, sourceId);
}
