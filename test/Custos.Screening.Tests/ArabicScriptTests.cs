using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>Names written in Arabic script (Arabic, Persian, Urdu) against the Latin spellings of the lists: compared by
/// the consonants and long vowels the script writes (<see cref="AbjadSkeleton"/>), not by the letters of a
/// transliteration.</summary>
public sealed class ArabicScriptTests
{
    /// <summary>
    /// UN entries whose original-script name, left out of the index, did not find the entry among the first ten on the
    /// matcher before the abjad skeleton: the transliteration writes ض as d (FAZAL, FAIZ read it as z), the long vowels
    /// but not the short ones (jmal / DJAMEL, lkhl / LAKHAL: not seen as written without vowels), ة as h (AKKACHA).
    /// </summary>
    [SharedDataTheory]
    [InlineData("يحيى جوادي", "YAHIA DJOUADI")]
    [InlineData("فضل رحيم", "FAZAL RAHIM")]
    [InlineData("جمال عكاشة", "DJAMEL AKKACHA")]
    [InlineData("محمد لكحل", "MOHAMED LAKHAL")]
    [InlineData("طه محي الدين معروف", "TAHA MUHYI-AL-DIN MA'RUF")]
    [InlineData("جلال الدين حقانى", "JALALUDDIN HAQQANI")] // two words around the article written as one
    [InlineData("شهاب الدين دلاور", "SHAHABUDDIN DELAWAR")]
    public void Screen_OriginalScriptNameLeftOut_FindsItsEntryByTheLatinName(string original, string latin)
    {
        var (entry, hits) = ScreenLeftOut(original, latin);

        // The entry, or the same person on the SDN list under the same name (SDN 10935 DJOUADI, Yahia).
        Assert.NotEmpty(hits);
        Assert.True(IsTheEntry(hits[0], entry, latin), hits[0].Explanation.ToText());
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
        Assert.Contains("as written in Arabic script", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Two words of a name in Arabic script written as one are an abjad spelling too: looked up as a Latin word, <c>ayad</c>
    /// + <c>agh</c> (key ATK) met every listed abbreviation of that skeleton (ODK, ATC, ITC) at 0.93, and 25 such names
    /// crowded the entry out of the candidates: nothing found among the first ten.
    /// </summary>
    [SharedDataTheory]
    [InlineData("اياد اغ غالي", "IYAD AG GHALI")]
    [InlineData("علي ما يشو", "ALI MAYCHOU")]
    public void Screen_OriginalScriptNameLeftOut_TwoWordsJoinedStayAnAbjadSpelling(string original, string latin)
    {
        var (entry, hits) = ScreenLeftOut(original, latin);

        Assert.Contains(hits, h => IsTheEntry(h, entry, latin));
    }

    /// <summary>Spellings with other consonants: the phonetic key (TBT, HMTN) said "same sound" at
    /// 0.93 for a spelling without vowels; across scripts it counts as two spellings that write their vowels.</summary>
    [Theory]
    [InlineData("dhabty", "dawoud")]
    [InlineData("hmdany", "hemmatian")]
    public void Compare_SameKeyAcrossScripts_IsNoLongerTheSameSkeleton(string abjad, string latin)
    {
        var a = new Tok(abjad, PhoneticKey.Of(abjad), TokenClass.Word, 1f, 1f, -1, KnownVariants: Tok.Abjad);
        var b = new Tok(latin, PhoneticKey.Of(latin), TokenClass.Word, 1f, 1f, -1);

        Assert.Equal(a.Key, b.Key);
        Assert.True(TokenSimilarity.Compare(a, b).Similarity < 0.8f);
        Assert.True(TokenSimilarity.Compare(b, a).Similarity < 0.8f);
    }

    [SharedDataFact]
    public void ScorePair_WordsAroundTheArticle_MeetTheLatinWordWrittenAsOne()
    {
        var match = Lists.Full.ScorePair("سراج الدين حقاني", "HAQQANI, Sirajuddin", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains("sraj al dyn ~ sirajuddin: written as one word", match.Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>Pairs that met on words that Arabic script cannot write: a short word read as an acronym, two words
    /// joined and compared as a spelling without vowels on a phonetic key of other letters.</summary>
    [SharedDataTheory]
    [InlineData("جمال", "AL JUNAID MULTI ACTIVITIES CO LTD")] // jmal is no acronym
    [InlineData("محمد لكحل", "MATIULLAH")] // mhmd + lkhl joined: MT + L
    public void ScorePair_OtherNamesAcrossScripts_AreBelowTheThreshold(string query, string listed)
    {
        var match = Lists.Full.ScorePair(query, listed);

        Assert.False(match.IsMatch, match.Explanation.ToText());
    }

    /// <summary>The silent he that ends Persian and Levantine names, which the transliteration writes h like any other
    /// he: وحبه (whbh) met no name at all, though the lists hold WEHBE, Mohamad; it is the entry at 0.948 now.</summary>
    [SharedDataFact]
    public void Screen_FinalHeReadAsAVowel_FindsTheLatinSpelling()
    {
        var hits = Lists.Full.Screen(new ScreeningQuery("محمد وحبه") { Kind = EntityKind.Person });

        Assert.NotEmpty(hits);
        Assert.Equal("WEHBE, Mohamad", hits[0].MatchedName.Text);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    /// <summary>The same letter written twice is two consonants (Arabic script writes a doubled one once): ببة was read
    /// with one b and met SOMIA first (0.779); جلل and إممي, read with one l and one m, left HAJJLU, Jalal Emami Ghareh
    /// at 0.687, below the threshold.</summary>
    [SharedDataTheory]
    [InlineData("سميية ببة", "BABA, Samiya")]
    [InlineData("جلل إممي غريه حجلو", "HAJJLU, Jalal Emami Ghareh")]
    public void Screen_LetterWrittenTwiceInArabicScript_IsTwoConsonants(string query, string listed) =>
        AssertFirstHoldsForReview(query, listed);

    /// <summary>Titles as Arabic script writes them (حجي hjy, شيخ shykh, ملا mla, إمام amam) are titles, as their Latin
    /// spellings are; a word that happens to spell a Latin legal form is not one (إسى asa is Isa, not the Norwegian
    /// ASA); Akhund stays the family name it is in the lists' names.</summary>
    [Fact]
    public void Normalize_TitlesWrittenInArabicScript_AreTitles_AndLatinLegalFormsAreNot()
    {
        var titled = NameNormalizer.Normalize("حجي شيخ ملا إمام تيسير").Tokens;

        Assert.Equal([TokenClass.Title, TokenClass.Title, TokenClass.Title, TokenClass.Title, TokenClass.Word], titled.Select(t => t.Class));
        Assert.Equal(TokenClass.Word, NameNormalizer.Normalize("إسى زاريبور").Tokens[0].Class);
        Assert.Equal(TokenClass.Word, NameNormalizer.Normalize("عتیق الله آخوند").Tokens[^1].Class);
        Assert.Equal(TokenClass.LegalForm, NameNormalizer.Normalize("NORSK ASA").Tokens[^1].Class);
        Assert.Equal(TokenClass.Title, NameNormalizer.Normalize("HAJJI TAYSIR").Tokens[0].Class);
    }

    /// <summary>Generic words of organisation names as Arabic script writes them (شركة company, مجموعة group, مصرف bank)
    /// are generic words, as COMPANY, GROUP and BANK are; the same letters in a Latin name are not (BNK).</summary>
    [Fact]
    public void Normalize_GenericWordsWrittenInArabicScript_AreGeneric()
    {
        var tokens = NameNormalizer.Normalize("شركة مجموعة مصرف الصقر").Tokens;

        Assert.Equal([TokenClass.Generic, TokenClass.Generic, TokenClass.Generic], tokens.Take(3).Select(t => t.Class));
        Assert.Equal(TokenClass.Word, tokens[^1].Class);
        Assert.Equal(TokenClass.Word, NameNormalizer.Normalize("BNK PETROLEUM").Tokens[0].Class);
    }

    /// <summary>Before, حجي was a rare word of the name (weight 10.9) that met HUGE at 0.705 first, and إسى was a legal
    /// form that weighed 1.9: ZAREPOUR, Eisa scored 0.629.</summary>
    [SharedDataTheory]
    [InlineData("حجي تيسير", "TAYSIR, Hajji")]
    [InlineData("إسى زاريبور", "ZAREPOUR, Eisa")]
    public void Screen_TitleOrLegalFormSpeltInArabicScript_FindsTheName(string query, string listed) =>
        AssertFirstHoldsForReview(query, listed);

    /// <summary>A word written in Arabic script that the lists do not hold weighs as the Latin spellings it most likely
    /// is, not by its phonetic key, which keeps no short vowel: محمودي (mhmwdy, key MT) weighed 3.8, as Muhammad does,
    /// and the names of one word Mahmud took every place among the candidates; محماد محمودي found nothing.</summary>
    [SharedDataFact]
    public void Screen_UnlistedWordInArabicScript_WeighsAsItsLatinSpellings()
    {
        var index = Lists.Full;
        var abjad = index.TokensOf(NameNormalizer.Normalize("محماد محمودي"));
        var latin = index.TokensOf(NameNormalizer.Normalize("MAHMOUDI"));

        Assert.True(abjad[1].VocabId < 0);
        Assert.True(Math.Abs(abjad[1].Weight - latin[0].Weight) < 1f, $"{abjad[1].Weight} against {latin[0].Weight}");
        Assert.True(abjad[0].Weight < 5f, abjad[0].Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)); // mhmad: a Muhammad
        var hits = index.Screen(new ScreeningQuery("محماد محمودي"));
        Assert.NotEmpty(hits);
        Assert.StartsWith("MAHMOUDI, Moham", hits[0].MatchedName.Text, StringComparison.Ordinal);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    [SharedDataFact]
    public void ScorePair_ArabicScriptAgainstLatin_ExplainsTheComparison()
    {
        var match = Lists.Full.ScorePair("فضل رحيم", "FAZAL RAHIM", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains("fdhl ~ fazal: same consonants and long vowels as written in Arabic script", match.Explanation.ToText(), StringComparison.Ordinal);
    }

    /// <summary>Screens a UN entry's name in original script with that name left out of the index: the entry and the
    /// first ten hits.</summary>
    private static (ListEntry Entry, IReadOnlyList<ScreeningHit> Hits) ScreenLeftOut(string original, string latin)
    {
        var index = Lists.Full;
        var entry = index.Snapshots.SelectMany(s => s.Entries).Single(e => e.Names.Any(n => n.Text == original) && e.Names.Any(n => n.Text == latin));
        var left = index.NamesOf(entry).Single(n => n.Source.Text == original).Name;
        return (entry, index.Screen(new ScreeningQuery(original), 10, left));
    }

    /// <summary>Screens a name against the full corpus and asserts that the first hit's entry holds <paramref name="listed"/>
    /// and requires review.</summary>
    private static void AssertFirstHoldsForReview(string query, string listed)
    {
        var hits = Lists.Full.Screen(new ScreeningQuery(query));

        Assert.NotEmpty(hits);
        Assert.Contains(hits[0].Entry.Names, n => n.Text == listed);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
    }

    /// <summary>True when a hit is the entry, or the same Latin name on another list.</summary>
    private static bool IsTheEntry(ScreeningHit hit, ListEntry entry, string latin) =>
        hit.Entry == entry || hit.Entry.Names.Any(n => SameWords(n.Text, latin));

    private static bool SameWords(string a, string b) =>
        NameNormalizer.Normalize(a).Tokens.Select(t => t.Text).Order(StringComparer.Ordinal)
            .SequenceEqual(NameNormalizer.Normalize(b).Tokens.Select(t => t.Text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("jmal", "djamel", AbjadSkeleton.SameSkeleton)] // ج as dj, the long a written as e
    [InlineData("jmal", "jamal", AbjadSkeleton.SameSkeleton)]
    [InlineData("jmal", "gamal", AbjadSkeleton.SameSkeleton)] // ج as Egyptian g
    [InlineData("fdhl", "fazal", AbjadSkeleton.SameSkeleton)] // ض as Persian and Urdu z
    [InlineData("fdhl", "fadl", AbjadSkeleton.SameSkeleton)]
    [InlineData("dhakr", "zakir", AbjadSkeleton.SameSkeleton)] // ذ as z
    [InlineData("athman", "usman", AbjadSkeleton.SameSkeleton)] // ث as s
    [InlineData("th", "taha", AbjadSkeleton.SameSkeleton)] // ط then ه
    [InlineData("hmza", "hamzah", AbjadSkeleton.SameSkeleton)] // tāʾ marbūṭa written ah
    [InlineData("akasha", "akkacha", AbjadSkeleton.SameSkeleton)] // doubled k, French ch
    [InlineData("yhya", "yahia", AbjadSkeleton.SameSkeleton)] // one consonant, two long vowels that agree
    [InlineData("hsn", "hassane", AbjadSkeleton.SameSkeleton)] // a French final e
    [InlineData("ahmd", "ahmad", AbjadSkeleton.SameSkeleton)] // an initial alif carries any vowel
    [InlineData("abrahym", "ibrahim", AbjadSkeleton.SameSkeleton)]
    [InlineData("jmal", "jamil", AbjadSkeleton.SameSkeleton - AbjadSkeleton.OtherVowel)] // the long a written i
    [InlineData("mhmwd", "mahmd", AbjadSkeleton.SameSkeleton - AbjadSkeleton.MissingVowel)] // the long u left out
    [InlineData("jmal", "jml", 0f)] // every vowel left out: an abbreviation
    [InlineData("dyn", "dina", 0f)] // a final vowel Arabic would write
    [InlineData("rd", "arad", 0f)] // an initial vowel Arabic would write
    [InlineData("jmal", "kamal", 0f)] // ج is never k
    [InlineData("hsn", "hasan", AbjadSkeleton.SameSkeleton)]
    [InlineData("hsn", "husein", AbjadSkeleton.SameSkeleton - AbjadSkeleton.OtherVowel)] // two vowels where Arabic writes none
    [InlineData("dhabty", "dawoud", 0f)]
    [InlineData("ashaq", "ishaq", AbjadSkeleton.SameSkeleton)] // إسحاق: s then h, not sh
    [InlineData("zhyr", "zuhayr", AbjadSkeleton.SameSkeleton)] // زهير: z then h, not zh
    [InlineData("mkhwl", "makhool", AbjadSkeleton.SameSkeleton)] // kh as kh
    [InlineData("whbh", "wehbe", AbjadSkeleton.SameSkeleton)] // a final he as the vowel e
    [InlineData("whbh", "wahba", AbjadSkeleton.SameSkeleton)]
    [InlineData("fatmh", "fatemeh", AbjadSkeleton.SameSkeleton)] // or as an h
    [InlineData("fatmh", "fateme", AbjadSkeleton.SameSkeleton)]
    [InlineData("shah", "sha", 0f)] // after a long vowel it is an h
    [InlineData("bghddy", "baghdadi", AbjadSkeleton.SameSkeleton)] // a letter written twice: two consonants
    [InlineData("amm", "imam", AbjadSkeleton.SameSkeleton)]
    [InlineData("hll", "hall", AbjadSkeleton.SameSkeleton)] // or a doubling written out
    [InlineData("rajb", "rgb", 0f)] // a Latin abbreviation writes no vowel where Arabic writes a long one
    [InlineData("rjb", "rgb", AbjadSkeleton.SameSkeleton)] // but as the Arabic does
    public void Similarity_AbjadAndLatin(string abjad, string latin, float expected)
    {
        Assert.Equal(expected, AbjadSkeleton.Similarity(AbjadSkeleton.OfAbjad(abjad), AbjadSkeleton.OfLatin(latin)), 0.0001f);
    }

    [Fact]
    public void OfAbjad_AmbiguousLetters_GiveEachReading_AtMostSixteen()
    {
        Assert.Equal(["JML", "GML"], AbjadSkeleton.OfAbjad("jmal").Select(s => s.Key));
        Assert.Equal(["T", "S", "TH"], AbjadSkeleton.OfAbjad("th").Select(s => s.Key));
        Assert.Equal(["HMZ", "HMZH"], AbjadSkeleton.OfAbjad("hmza").Select(s => s.Key));
        Assert.Equal(["HBH", "FHBH", "HB", "FHB"], AbjadSkeleton.OfAbjad("whbh").Select(s => s.Key));
        Assert.Equal(["BGD", "BGDD"], AbjadSkeleton.OfAbjad("bghddy").Select(s => s.Key));
        Assert.Equal(["CK", "SHK"], AbjadSkeleton.OfAbjad("ashaq").Select(s => s.Key).Where(k => !k.Contains('G', StringComparison.Ordinal)));
        Assert.Equal(AbjadSkeleton.MaxVariants, AbjadSkeleton.OfAbjad("jthdhjthdhjq").Length);
    }

    [Fact]
    public void OfLatin_GapsHoldTheVowelsBetweenConsonants()
    {
        var djamel = AbjadSkeleton.OfLatin("djamel");

        Assert.Equal("JML", djamel.Key);
        Assert.Equal(djamel.Key.Length + 1, djamel.Gaps.Length);
        Assert.Equal(AbjadSkeleton.OfLatin("shafik").Key, AbjadSkeleton.OfLatin("chafik").Key); // French ch is Arabic sh
        Assert.Equal("HSN", AbjadSkeleton.OfLatin("hassan").Key); // a doubled consonant once
        Assert.Equal("MHMD", AbjadSkeleton.OfLatin("mohammed").Key);
    }

    [Fact]
    public void Normalize_NameInArabicScript_MarksItsTokensAsAbjad_AndWritesTaMarbutaAndDad()
    {
        var arabic = NameNormalizer.Normalize("جمال عكاشة", EntityKind.Person).Tokens;
        var persian = NameNormalizer.Normalize("فضل رحيم").Tokens;
        var latin = NameNormalizer.Normalize("DJAMEL AKKACHA").Tokens;
        var mixed = NameNormalizer.Normalize("جمال AKKACHA").Tokens;

        Assert.Equal(["jmal", "akasha"], arabic.Select(t => t.Text));
        Assert.All(arabic, t => Assert.True(t.Abjad));
        Assert.Equal("fdhl", persian[0].Text);
        Assert.All(latin, t => Assert.False(t.Abjad));
        Assert.All(mixed, t => Assert.False(t.Abjad));
    }

    /// <summary>ال before a single letter is a word of its own, not the article (Ali written with alif was al + y).</summary>
    [Fact]
    public void Normalize_AlifLamBeforeOneLetter_IsNotTheArticle()
    {
        Assert.Equal("aly", NameNormalizer.Normalize("الي").Display);
        Assert.Equal("al wlyd", NameNormalizer.Normalize("الوليد").Display);
    }

    /// <summary>The Persian suffix ای written apart or after a zero-width non-joiner is part of the word before, its
    /// silent he the vowel e: خامنه ای found no Khamenei, خامنه‌ای met him at 0.734.</summary>
    [Theory]
    [InlineData("علی خامنه ای")]
    [InlineData("علی خامنه\u200cای")]
    public void Screen_PersianSuffixWrittenApart_FindsTheName(string query)
    {
        Assert.Equal("aly khamneay", NameNormalizer.Normalize(query).Display);

        var hit = Lists.Full.Screen(new ScreeningQuery(query) { Kind = EntityKind.Person })[0];

        Assert.StartsWith("KHAMENEI, Ali", hit.MatchedName.Text, StringComparison.Ordinal);
        Assert.True(hit.Score >= 0.8, hit.Explanation.ToText());
    }

    [Fact]
    public void WrittenInArabicScript_NeedsArabicLettersAndNoLatinOnes()
    {
        Assert.True(NameNormalizer.WrittenInArabicScript("محمد لكحل"));
        Assert.True(NameNormalizer.WrittenInArabicScript("ﻤﺣﻤﺩ")); // presentation forms
        Assert.False(NameNormalizer.WrittenInArabicScript("Mohamed"));
        Assert.False(NameNormalizer.WrittenInArabicScript("محمد É"));
        Assert.False(NameNormalizer.WrittenInArabicScript("משה")); // Hebrew
        Assert.False(NameNormalizer.WrittenInArabicScript(string.Empty));
    }
}
