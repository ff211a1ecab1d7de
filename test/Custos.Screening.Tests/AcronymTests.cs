using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

public sealed class AcronymTests
{
    [SharedDataTheory]
    [InlineData("PLA", "People's Liberation Army")]
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC")]
    [InlineData("NITC", "National Iranian Tanker Company")]
    [InlineData("PFLP", "Popular Front for the Liberation of Palestine")]
    [InlineData("U.S. Department of State", "United States Department of State")]
    public void ScorePair_AcronymAndItsWords_Match(string query, string listed)
    {
        var match = Lists.Full.ScorePair(query, listed, "Organization");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Acronym);
    }

    [SharedDataFact]
    public void ScorePair_PersonsInitials_MatchOnlyBesideTheSurname()
    {
        Assert.True(Lists.Full.ScorePair("JC Juncker", "Jean-Claude Juncker", "Person").IsMatch);
        Assert.False(Lists.Full.ScorePair("N.N.", "Nursultan Nazarbayev", "Person").IsMatch);

        // A short given name is not the initials of three others.
        Assert.False(Lists.Full.ScorePair("Ali Hassan", "Ahmad Latif Ismail Hassan", "Person").IsMatch);
    }

    /// <summary>Two letters are the initials of hundreds of names: an acronym of two letters weighs and tells as much as a
    /// common name, not as much as the rare words it meets (before: 0.881, 0.835, 0.865, on the listed words'
    /// weight).</summary>
    [SharedDataTheory]
    [InlineData("TD Bank", "TRO DANMARK")]
    [InlineData("GE Capital", "GRUPO EPTA")]
    [InlineData("HP Enterprise", "HOTEL PALACE")]
    public void ScorePair_AnAcronymOfTwoLettersBesideGenericWords_IsNoMatch(string query, string listed)
    {
        var match = Lists.Full.ScorePair(query, listed, "Organization");

        Assert.False(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Acronym && a.Weight <= NameAligner.TwoLetterAcronymCap);
    }

    /// <summary>Outside a person's name two or three letters without a vowel are an abbreviation, not a word spelt without
    /// its vowels: sounding like a word is no evidence (before: 0.802, 0.872, 0.796).</summary>
    [SharedDataTheory]
    [InlineData("DP World", "DOV")]
    [InlineData("AB Volvo", "PLF")]
    [InlineData("BT Group", "WDO")]
    public void ScorePair_AnAbbreviationThatSoundsLikeAWord_IsNoMatchForAnOrganisation(string query, string listed)
    {
        var match = Lists.Full.ScorePair(query, listed, "Organization");

        Assert.False(match.IsMatch, match.Explanation.ToText());
        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Phonetic);
    }

    /// <summary>A query with a generic word is an organisation's, and its abbreviation does not meet a listed person's
    /// alias by sound (before this rule, with the two-letter acronyms already weighed as common names: <c>BT Group</c>
    /// met <c>PAT</c>, an alias of RODRIGUEZ OREJUELA, at 0.745; <c>DP World</c> <c>DIF</c>, ZHUYKOV's, at 0.752).</summary>
    [SharedDataTheory]
    [InlineData("BT Group", "PAT")]
    [InlineData("DP World", "DIF")]
    public void Screen_AnOrganisationsAbbreviation_DoesNotMeetAPersonsAliasBySound(string query, string alias)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query), 5);

        Assert.DoesNotContain(hits, h => h.MatchedName.Text == alias && h.RequiresReview);
    }

    /// <summary>A name's initials are mostly its words': fewer letters lent by stop words and legal forms than given by
    /// name words (<c>CROWLANDS S.A. DE SERVICES C.V.</c>, a legal form broken by an extra word, spelt CSSC with two of
    /// its letters from S.A. and C.V., and met the listed CSSC at 0.925). A company word's letter (NIOC), the Arabic
    /// article's (AQAP) and a legal form written apart (S A) still count.</summary>
    [SharedDataTheory]
    [InlineData("CROWLANDS S.A. DE SERVICES C.V.", "CSSC", false)]
    [InlineData("NIOC", "NATIONAL IRANIAN OIL COMPANY", true)]
    [InlineData("AQAP", "AL-QA'IDA IN THE ARABIAN PENINSULA", true)]
    [InlineData("PDVSA", "PETROLEOS DE VENEZUELA S A", true)]
    public void ScorePair_AnAcronymOfMostlyLegalFormsAndStopWords_IsNoAcronym(string query, string listed, bool acronym)
    {
        var match = Lists.Full.ScorePair(query, listed, "Organization");

        Assert.True(match.IsMatch == acronym, match.Explanation.ToText());
    }

    /// <summary>Two abbreviations meet by sound when one letter is transliterated another way (<c>zk</c>, <c>sk</c>), not
    /// when two of their three letters differ (before: <c>epk</c> met <c>IVK</c> at 0.86, first for <c>OOO EPK</c>).</summary>
    [SharedDataFact]
    public void ScorePair_TwoAbbreviations_MeetBySoundOnlyOneLetterApart()
    {
        Assert.True(Lists.Full.ScorePair("ZK GROUP", "SK GROUP", "Organization").IsMatch);

        var match = Lists.Full.ScorePair("OOO EPK", "AO IVK", "Organization");
        Assert.False(match.IsMatch, match.Explanation.ToText());
        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Phonetic);
    }

    /// <summary>A listed organisation's abbreviation is one however personal the query reads: <c>FADICO S A</c> (a word and
    /// two single letters, as a person's name with initials reads) met <c>ptk</c> of <c>LLC PTK APRIORI</c> by sound at
    /// 0.839, first, above the entry it names.</summary>
    [SharedDataFact]
    public void Screen_AQueryThatReadsAsAPersons_DoesNotMeetAListedOrganisationsAbbreviationBySound()
    {
        var hits = Lists.Full.Screen(new ScreeningQuery("FADICO S A"), 5);

        Assert.Equal("FADICO S A CC", hits[0].Entry.PrimaryName);
        Assert.DoesNotContain(hits, h => h.MatchedName.Text == "LLC PTK APRIORI" && h.RequiresReview);
    }

    /// <summary>A listed organisation's abbreviation that sounds like a query's word does not take the candidates' places:
    /// <c>fedyaev</c> has the skeleton of <c>VTB</c>, and the thirty names of VTB (each scored 0 against it, an
    /// abbreviation met by sound) filled the candidates, so that <c>FEDYAEV, Pavel Mikhaylovich</c> was never scored and
    /// <c>Paul FEDYAEV</c> had no hit at all.</summary>
    [SharedDataTheory]
    [InlineData("FEDYAEV", EntityKind.Unknown)]
    [InlineData("Paul FEDYAEV", EntityKind.Person)]
    [InlineData("Paul FEDYAEV", EntityKind.Unknown)]
    public void Screen_AWordWithTheSkeletonOfAListedAbbreviation_FindsTheNameThatHoldsIt(string query, EntityKind kind)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query) { Kind = kind }, 3);

        Assert.NotEmpty(hits);
        Assert.Equal("FEDYAEV, Pavel Mikhaylovich", hits[0].Entry.PrimaryName);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    /// <summary>A query's abbreviation met by sound is no pair in a name the scoring reads it against as an abbreviation
    /// (outside a person's name): the candidate search does not spend a place on such a name. <c>KMT</c> brought
    /// <c>KOMID</c> and <c>KMID</c> (scored 0 against it) to scoring before the names of <c>CMT</c>.</summary>
    [SharedDataFact]
    public void FindCandidates_AQueryAbbreviation_BringsNoOrganisationItOnlySoundsLike()
    {
        var index = Lists.Full;
        var candidates = index.FindCandidates("KMT");
        var names = candidates.Best.Select(b => index.Data.NameSource[b.Name].Text).ToList();

        Assert.DoesNotContain("KOMID", names);
        Assert.DoesNotContain("KMID", names);
        Assert.Contains("OOO 'CMT-K'", names);
    }

    /// <summary>A word written in Arabic script is a word spelt without its vowels, in an organisation's name too: it still
    /// meets the Latin spelling by sound (<c>bnk</c> ~ <c>bank</c>).</summary>
    [SharedDataFact]
    public void Screen_AnOrganisationInArabicScript_StillMeetsItsWordsBySound()
    {
        var hits = Lists.Full.Screen(new ScreeningQuery("بنك ملت"), 3);

        Assert.Equal("BANK MELLAT", hits[0].Entry.PrimaryName);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    [SharedDataFact]
    public void ScorePair_ListedShortAcronym_IsNotSpeltByAnyThreeWords()
    {
        // JAD is listed (a weak alias of Jamaah Ansharut Daulah); three words with those initials are not that group.
        var match = Lists.Full.ScorePair("Jsk Agd Diamonds", "JAD", "Organization");

        Assert.False(match.IsMatch, match.Explanation.ToText());
    }

    [SharedDataFact]
    public void Screen_AcronymWithItsOwnNameLeftOut_FindsTheEntryByItsWords()
    {
        // PFLP is an alias of the Popular Front for the Liberation of Palestine (SDN 4709): left out of the index,
        // the acronym still finds the entry through the initials of its primary name.
        var index = Lists.Full;
        var entry = index.Snapshots[0].Entries.Single(e => e.SourceId == "4709");
        var acronym = index.NamesOf(entry).Single(n => n.Source.Text == "PFLP").Name;

        var hits = index.Screen(new ScreeningQuery("PFLP"), 10, acronym);

        Assert.Equal(entry, hits[0].Entry);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    [Fact]
    public void Normalize_ShortWordsThatSoundLikeALegalForm_StayNames()
    {
        // On phonetic keys Sophia Souza would be "sp zoo" (a Polish limited company) and Shaykh Sahib too.
        Assert.Equal("sophia souza", NameNormalizer.Normalize("Sophia Souza").Display);
        Assert.Equal("shaykh sahib", NameNormalizer.Normalize("Shaykh Sahib", EntityKind.Organization).Display);
        Assert.Equal("spzoo", NameNormalizer.Normalize("Sp. z o.o.", EntityKind.Organization).Display);
    }

    [Fact]
    public void Normalize_Person_HasNoLegalForm()
    {
        var tokens = NameNormalizer.Normalize("PAO, Yu Liang", EntityKind.Person).Tokens;

        Assert.Equal("yu liang pao", string.Join(' ', tokens.Select(t => t.Text)));
        Assert.DoesNotContain(tokens, t => t.Class == TokenClass.LegalForm);
    }

    [SharedDataTheory]
    [InlineData("Hua Chiang Pao", "11287")] // PAO, Hua Chiang, as written with no kind: 0.835, pjsc never met pao
    [InlineData("Yu Liang Mohammed PAO", "11288")] // PAO, Yu Liang with a given name more: 0.555
    public void Screen_NoKind_ALegalFormReadFromAListedPersonsSurname_MeetsIt(string query, string sourceId)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query), 3);

        Assert.Equal(sourceId, hits[0].Entry.SourceId);
        Assert.True(hits[0].Score >= 0.9, $"{hits[0].Score}");
        Assert.Contains(hits[0].Explanation.Alignments, t => t.QueryToken == "pjsc" && t.ListToken == "pao" && t.Similarity == 1);
    }

    [SharedDataFact]
    public void Screen_NoKind_ALegalFormReadFromASynonym_StillMeetsTheCompanysLegalForm()
    {
        var hits = Lists.Full.Screen(new ScreeningQuery("GAZPROM PAO"), 3);

        Assert.Equal(EntityKind.Organization, hits[0].Entry.Kind);
        Assert.Equal(1.0, hits[0].Score, 3);
        Assert.DoesNotContain(hits, h => h.Entry.Kind == EntityKind.Person && h.RequiresReview);
    }

    [SharedDataTheory]
    [InlineData("J. HE", "32476")] // HE, Jing: he read as the initials of HIZBALLAH ESO ranked it first at 0.903
    [InlineData("K. JO", "23090")] // JO, Kyong-Chol: jo as those of JANNAT OSHIKLARI (0.908)
    [InlineData("S. - AKHAEI", "27161")] // AKHAEI, Shaghayegh: found nothing
    public void Screen_AnInitialBesideAShortWord_ReadsAsAPersonsName(string query, string sourceId)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query), 3);

        Assert.NotEmpty(hits);
        Assert.Equal(sourceId, hits[0].Entry.SourceId);
        Assert.DoesNotContain(hits, h => h.Entry.Kind != EntityKind.Person && h.RequiresReview);
    }

    [SharedDataFact]
    public void Screen_AWordThatBeginsListedInitials_DoesNotBringEveryNameWithTheInitial()
    {
        // yuhua begins y, an initial on 129 listed names: each was credited with the whole of yuhua, and they crowded
        // SHI, Yuhua out of the candidates.
        Lists.AssertFirstForReview("S. YUHUA", "23469");
    }

    [Theory]
    [InlineData("AQAP", "AL-QA'IDA IN THE ARABIAN PENINSULA")]
    [InlineData("AIAI", "AL-ITIHAAD AL-ISLAMIYA")]
    [InlineData("AQIM", "AL-QAIDA IN THE ISLAMIC MAGHREB")]
    public void ScorePair_AcronymBeginningWithTheArticle_MeetsTheName(string acronym, string name)
    {
        // The article gives its letter: a run of initials once had to begin with a name word.
        var match = ScreeningIndex.Build([]).ScorePair(acronym, name, "Organization");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Acronym);
    }

    [Fact]
    public void Of_NameWithTheArticle_IncludesTheAcronymWithItsLetter() =>
        Assert.Contains("aqap", Acronyms.Of(Tokens("AL-QA'IDA IN THE ARABIAN PENINSULA")));

    [Theory]
    [InlineData("inhocar", "Inmobiliaria Hotelera del Caribe Ltda.", "inmobiliaria hotelera del caribe")]
    [InlineData("vallecom", "Valle Comunicaciones Ltda.", "valle comunicaciones")]
    [InlineData("cimex", "Compania de Importacion y Exportacion Iberia", "compania de importacion y exportacion")]
    [InlineData("comecarnes", "Comercializadora de Carnes Ltda.", "comercializadora de carnes")]
    public void Syllables_WordMadeOfTheBeginningsOfAdjacentWords_CoversThem(string word, string name, string covered)
    {
        var tokens = Tokens(name);

        var mask = Acronyms.Syllables(word, tokens, tokens.Length);

        Assert.Equal(covered, string.Join(' ', tokens.Where((_, k) => (mask & (1UL << k)) != 0).Select(t => t.Text)));
    }

    [Theory]
    [InlineData("goldenfish", "Golden Fish Trading")] // two whole words written as one: a joined spelling
    [InlineData("inhotel", "Hotel International")] // out of order
    [InlineData("coexim", "Compania de Importacion y Exportacion")] // out of order
    [InlineData("cimex", "Compania Iberica Mexicana")] // c + i + mex: only one beginning of two letters
    public void Syllables_WordNotMadeThatWay_CoversNothing(string word, string name)
    {
        var tokens = Tokens(name);

        Assert.Equal(0UL, Acronyms.Syllables(word, tokens, tokens.Length));
    }

    [Fact]
    public void ScorePair_BrandNameOfCommonWords_StaysBelowReviewWithAWordOfTheNameLeftOver()
    {
        // Infosys is made as the listed ISIRAN is (INFORMATION SYSTEMS IRAN), of common words: the pair alone is no
        // match, and is explained.
        var match = ScreeningIndex.Build([]).ScorePair("INFOSYS LTD", "INFORMATION SYSTEMS IRAN", "Organization");

        Assert.Contains(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Syllables);
        Assert.False(match.IsMatch, match.Explanation.ToText());
    }

    [Fact]
    public void ScorePair_PersonsName_IsNeverReadAsMadeOfSyllables()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Carlos Ramirez", "CARIBE LOS PINOS", "Person");

        Assert.DoesNotContain(match.Explanation.Alignments, a => a.Kind == AlignmentKind.Syllables);
    }

    private static Tok[] Tokens(string name) => ScreeningIndex.Build([]).TokensOf(NameNormalizer.Normalize(name, EntityKind.Organization));
}
