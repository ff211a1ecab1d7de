using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// The similarity of two normalised tokens in [0, 1]: 1 for the same token; 0.93 for the same phonetic skeleton;
/// otherwise one minus the edit distance (optimal string alignment: a transposition counts one) over the longer
/// length, on the spellings or, discounted, on the skeletons; an initial against a name it starts is 0.9.
/// <see cref="Graded"/> then maps a similarity to how much of the pair counts as agreement, so that one typo in a
/// name keeps most of its weight while a different name of similar letters (<c>Castro</c> / <c>Castillo</c>) does not.
/// </summary>
internal static partial class TokenSimilarity
{
    public const float SameSkeleton = 0.93f;
    public const float InitialOfName = 0.9f;
    public const float KnownWordDiscount = 0.92f;
    public const float RepeatedLetters = 0.95f;
    private const float SkeletonDiscount = 0.9f;

    /// <summary>The similarity of two spellings of one name by knowledge (another romanisation, a pet form).</summary>
    public const float Variant = 0.9f;

    /// <summary>The similarity of a word and the same word written backwards.</summary>
    public const float ReversedWord = 0.85f;

    /// <summary>The similarity of a word cut short at the end of a query and the listed word it begins
    /// (<see cref="IsCutShort"/>).</summary>
    public const float CutShortWord = 0.85f;

    /// <summary>The fewest letters a word cut short keeps.</summary>
    public const int ShortestCut = 5;

    /// <summary>The most letters a word cut short loses.</summary>
    private const int LongestCut = 3;

    /// <summary>True when <paramref name="cut"/> (five letters or more) is <paramref name="word"/> with its last one to three
    /// letters cut off (<c>kadenk</c> / <c>kadenkov</c>).</summary>
    /// <param name="cut">The word that may have been cut short.</param>
    /// <param name="word">The whole word.</param>
    public static bool IsCutShort(string cut, string word) =>
        cut.Length >= ShortestCut && word.Length > cut.Length && word.Length - cut.Length <= LongestCut && word.StartsWith(cut, StringComparison.Ordinal);

    /// <summary>The base similarity of a syllabic transcription and a spelling with the same loose skeleton.</summary>
    public const float SyllabicSkeleton = 0.85f;

    private const float SyllabicSameSkeleton = 0.95f;

    /// <summary>True when one token is an abjad spelling (<see cref="Tok.Abjad"/>) and the other is not: compared by
    /// <see cref="AbjadSkeleton"/>, never as spellings without vowels.</summary>
    public static bool AcrossScripts(in Tok a, in Tok b) => ((a.Variants ^ b.Variants) & Tok.Abjad) != 0;

    /// <summary>
    /// True when <paramref name="form"/> is a legal form that a name of no known kind read from the word
    /// <paramref name="word"/> is, as a person's name keeps it (<c>pao</c>, the Russian PAO, is <c>pjsc</c>; in <c>PAO, Yu
    /// Liang</c> a surname): the same word as written. A legal form written as it is needs nothing of the kind (the text is
    /// the same), a synonym does.
    /// </summary>
    private static bool ReadAsLegalForm(in Tok form, in Tok word) =>
        form.Class == TokenClass.LegalForm && word.Class != TokenClass.LegalForm
        && WordLists.LegalFormSynonyms.TryGetValue(word.Text, out var canonical) && string.Equals(canonical, form.Text, StringComparison.Ordinal);

    public static (float Similarity, AlignmentKind Kind) Compare(in Tok a, in Tok b)
    {
        // Written in the same Han or Hangul script with other characters, two words are different names even when
        // they romanise alike (高市 / 高石, both gaoshi).
        if (a.Script != 0 && a.Script == b.Script && a.Written is not null && b.Written is not null && !string.Equals(a.Written, b.Written, StringComparison.Ordinal))
        {
            return (0f, AlignmentKind.Fuzzy);
        }

        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            return (1f, a.Class == TokenClass.LegalForm ? AlignmentKind.LegalForm : AlignmentKind.Exact);
        }

        if (a.Class == TokenClass.Particle && b.Class == TokenClass.Particle && WordLists.SameParticle(a.Text, b.Text))
        {
            return (1f, AlignmentKind.Particle);
        }

        if (a.Class == TokenClass.LegalForm || b.Class == TokenClass.LegalForm)
        {
            return (ReadAsLegalForm(a, b) || ReadAsLegalForm(b, a) ? 1f : 0f, AlignmentKind.LegalForm);
        }

        if (a.Class == TokenClass.Number || b.Class == TokenClass.Number)
        {
            return a.Class == TokenClass.Number ? SpelledNumber(a, b) : SpelledNumber(b, a);
        }

        // Written in the same Han, Hangul or kana script, two syllables that romanise differently are different
        // characters (习近朋 / 习近平, 김종은 / 김정은): a different name, not a typo.
        if (a.Script != 0 && a.Script == b.Script)
        {
            return (0f, AlignmentKind.Fuzzy);
        }

        if (a.Text.Length == 1 || b.Text.Length == 1)
        {
            return a.Text[0] == b.Text[0] ? (InitialOfName, AlignmentKind.Initial) : (0f, AlignmentKind.Initial);
        }

        // An abjad spelling against a Latin one is compared as two spellings that write their vowels, and by the
        // consonants and long vowels Arabic script writes (below): not as a spelling without vowels, for which the
        // same phonetic key would be all there is to compare (dhabty and Dawoud, hmdany and Hemmatian have one key).
        var acrossScripts = AcrossScripts(a, b);
        var (similarity, kind) = acrossScripts
            ? CompareWords(a.Text, a.Key, b.Text, b.Key, false, false, acrossScripts: true)
            : CompareWords(a.Text, a.Key, b.Text, b.Key, a.Vowelless, b.Vowelless);
        // A j written y (JWrittenAsY): not where the query's word reads as Mandarin or Korean (marks a query word keeps only
        // in a name that reads so), nor against a listed word a Korean name holds (the only names whose words keep
        // the Korean mark); a listed word's Mandarin mark is its letters' alone (jan and haji split into syllables).
        if (similarity < TransliteratedLetters && !acrossScripts && (a.Variants & (Tok.Mandarin | Tok.Korean)) == 0 && (b.Variants & Tok.Korean) == 0
            && Math.Abs(a.Text.Length - b.Text.Length) <= MaxTransliterationGrowth && JWrittenAsY(a.Text, b.Text))
        {
            (similarity, kind) = (TransliteratedLetters, AlignmentKind.Transliteration);
        }

        if ((a.Syllabic || b.Syllabic) && similarity < SyllabicSameSkeleton)
        {
            var loose = CompareLoose(a.Text, b.Text);
            if (loose > similarity)
            {
                (similarity, kind) = (loose, AlignmentKind.Phonetic);
            }
        }

        if (similarity > 0f && (OtherMandarinSyllable(a, b) || OtherMandarinSyllable(b, a)))
        {
            (similarity, kind) = (0f, AlignmentKind.Fuzzy);
        }

        // Each kind of variant is tried only where it can apply: a pet form needs a token that is one (the tokens know
        // whether they are), a reading of Mandarin two tokens that split into syllables, a reversal the same length.
        var aPet = (a.Variants & Tok.PetForm) != 0;
        var bPet = (b.Variants & Tok.PetForm) != 0;
        var aForms = (a.Variants & Tok.OtherForms) != 0;
        var bForms = (b.Variants & Tok.OtherForms) != 0;
        var mandarin = (a.Variants & b.Variants & Tok.Mandarin) != 0;
        var korean = (a.Variants & b.Variants & Tok.Korean) != 0;
        if (similarity < Variant && a.Class == TokenClass.Word && b.Class == TokenClass.Word
            && (aPet || bPet || aForms || bForms || mandarin || korean || (a.Text.Length >= 5 && a.Text.Length == b.Text.Length)))
        {
            var (variant, variantKind) = CompareVariants(a.Text, a.Key, b.Text, b.Key, mandarin, aPet, bPet, korean, aForms, bForms, a.Vowelless, b.Vowelless);
            if (variant > similarity)
            {
                (similarity, kind) = (variant, variantKind);
            }
        }

        // A word in a German, Polish or French transliteration of a Cyrillic name against a word of a name of a country
        // that writes Cyrillic: each of its respellings as the lists write such names, as a spelling (jewgeni / yevgeniy,
        // prigoschin / prigozhin, choigou / shoigu), a little below the spelling itself.
        if (similarity < CyrillicRespelling && (a.Variants & b.Variants & Tok.Cyrillic) != 0 && !acrossScripts
            && a.Class is TokenClass.Word or TokenClass.Patronymic && b.Class is TokenClass.Word or TokenClass.Patronymic)
        {
            var respelled = Math.Max(Respelled(a, b, similarity), Respelled(b, a, similarity));
            if (respelled > similarity)
            {
                (similarity, kind) = (respelled, AlignmentKind.CyrillicSpelling);
            }
        }

        // A letter of Arabic that Latin spellings write in two ways (ArabicConsonants: Fadl / Fazl, Ridha / Reza, Uthman /
        // Usman): the two spellings with those letters written alike are compared too. Two Latin spellings only: Arabic
        // script tells ض, ذ and ز apart, and so do the words transliterated from it.
        if (similarity < ArabicSpelling && MayBeArabicSpellings(a, b))
        {
            var merged = MergedArabicConsonants(a, b);
            if (merged > similarity)
            {
                (similarity, kind) = (merged, AlignmentKind.ArabicSpelling);
            }
        }

        // An m read as rn by a machine or an eye (Vadirn / Vadim): the spelling with the m read back is compared too.
        if (similarity < MisreadM && a.Class == TokenClass.Word && b.Class == TokenClass.Word && MayBeMisread(a.Letters, b.Letters))
        {
            var misread = Math.Max(ReadingRnAsM(a, b), ReadingRnAsM(b, a));
            if (misread > similarity)
            {
                (similarity, kind) = (misread, AlignmentKind.Misread);
            }
        }

        // A word transliterated from Arabic script and a Latin spelling: by their consonants and long vowels, as the
        // script writes them (جمال jmal / Djamel, فضل fdhl / Fazal). Not discounted as a known word below: the two are
        // the same name in two scripts, not one word of the corpus near another. Two titles too (حجي hjy / Hajji).
        if (similarity <= AbjadSkeleton.SameSkeleton && acrossScripts
            && ((a.Class is TokenClass.Word or TokenClass.Patronymic && b.Class is TokenClass.Word or TokenClass.Patronymic)
                || (a.Class == TokenClass.Title && b.Class == TokenClass.Title)))
        {
            var (abjad, latin) = (a.Variants & Tok.Abjad) != 0 ? (a.Text, b.Text) : (b.Text, a.Text);
            var across = AbjadSkeleton.Similarity(abjad, latin);
            if (across > 0f && across >= similarity)
            {
                return (across, AlignmentKind.Abjad);
            }
        }

        // A man's given name and the woman's made of it are two names, not a typo (Antonio / Antonia, Luis / Luisa); but
        // the query's last word may be the woman's cut short (GRUEVSKI Nikol, of Nikola, met nothing of it).
        if (a.Class == TokenClass.Word && b.Class == TokenClass.Word && similarity > OtherGender && IsOtherGender(a.Text, b.Text)
            && !((a.Variants & Tok.CutShort) != 0 && IsCutShort(a.Text, b.Text)))
        {
            return (OtherGender, AlignmentKind.Fuzzy);
        }

        // The last word of a query cut short by a field of fixed length (only a query's token is marked): a name word or
        // a patronymic (IVANOV Andrey Nikolayev for Nikolayevich).
        if (similarity < CutShortWord && (a.Variants & Tok.CutShort) != 0 && b.Class is TokenClass.Word or TokenClass.Patronymic && IsCutShort(a.Text, b.Text))
        {
            (similarity, kind) = (CutShortWord, AlignmentKind.CutShort);
        }

        // A query token that is itself a word of the corpus is most likely meant as written: another word near it
        // is a weaker match than a near spelling of a word the corpus does not have.
        return a.VocabId >= 0 && b.VocabId >= 0 ? (similarity * KnownWordDiscount, kind) : (similarity, kind);
    }

    /// <summary>
    /// A number against a word: how near the word comes to the number's spellings in English words (<c>thri</c> and
    /// <c>3</c>, which <c>THREE</c> was read as; <c>tien</c> and the <c>10</c> of <c>TEN, Sergey</c>), as the two words
    /// compare, at most <see cref="Variant"/>. A number word is read as digits so that <c>3</c> and <c>three</c> meet; a
    /// misspelt one of fewer than six letters is not (a person's <c>Sixten</c>), and met nothing. Not a word of another
    /// class, nor two numbers (another number is another name).
    /// </summary>
    private static (float Similarity, AlignmentKind Kind) SpelledNumber(in Tok number, in Tok word)
    {
        if (word.Class is not (TokenClass.Word or TokenClass.Generic) || word.Text.Length < 3 || !WordLists.NumberSpellings.TryGetValue(number.Text, out var spellings))
        {
            return (0f, AlignmentKind.Fuzzy);
        }

        var best = 0f;
        foreach (var (text, key) in spellings)
        {
            best = Math.Max(best, CompareWords(word.Text, word.Key, text, key, false, false).Similarity);
        }

        return (Math.Min(best, Variant), AlignmentKind.Fuzzy);
    }

    /// <summary>
    /// True when <paramref name="han"/> is one Chinese character read in Pinyin and <paramref name="latin"/> a Latin word
    /// that reads as Mandarin syllables and shares no reading with it: two syllables of different vowels or endings are
    /// two names, not a spelling of one (英 ying is not Yang, 建 jian not Jiang), however alike their consonants. The
    /// same syllable in another romanisation (張 zhang / Chang) shares a reading and is compared as before; a Latin word
    /// that reads as no Mandarin syllables (a Cantonese Wong, a typo) as well.
    /// </summary>
    private static bool OtherMandarinSyllable(in Tok han, in Tok latin) =>
        han.Script == NameNormalizer.ScriptOfHan && han.Written is { Length: 1 } && latin.Script == 0 && (latin.Variants & Tok.Mandarin) != 0
        && latin.Class == TokenClass.Word && !string.Equals(han.Text, latin.Text, StringComparison.Ordinal) && !MandarinReadings.Meet(han.Text, latin.Text);

    /// <summary>What a man's given name and the woman's made of it count for (<see cref="IsOtherGender"/>): below
    /// <see cref="NameAligner.WeakPairGrade"/>'s 0.6, another name in the same place.</summary>
    public const float OtherGender = 0.55f;

    /// <summary>
    /// True when one word is the other with the ending of a woman's name, as Spanish, Portuguese, Italian and the Slavic
    /// languages make one of a man's (<c>Antonio</c> / <c>Antonia</c>, <c>Julio</c> / <c>Julia</c>, <c>Luis</c> /
    /// <c>Luisa</c>, <c>Daniel</c> / <c>Daniela</c>, <c>Ivan</c> / <c>Ivana</c>): one letter apart, they met as a typo,
    /// and <c>Antonia Rodriguez</c> met <c>RODRIGUEZ, Antonio</c> at 0.916, <c>Luisa López</c> <c>LOPEZ, Luis</c> at 0.909.
    /// Not the endings of Slavic surnames, whose two genders are one family's name (<c>Ivanov</c> / <c>Ivanova</c>,
    /// <c>Putin</c> / <c>Putina</c>), nor words of fewer than four letters (<c>Ana</c>, <c>Jan</c> / <c>Jana</c> stay
    /// spellings).
    /// </summary>
    public static bool IsOtherGender(string a, string b)
    {
        var (man, woman) = a.Length < b.Length || (a.Length == b.Length && b[^1] == 'a') ? (a, b) : (b, a);
        if (man.Length < 4 || woman[^1] != 'a')
        {
            return false;
        }

        // The shape first, from the letters; the names known, two lookups, only for a pair of that shape (most pairs
        // compared are not).
        var shaped = woman.Length == man.Length + 1
            ? !IsVowel(man[^1]) && man[^1] != 'y' && woman.StartsWith(man, StringComparison.Ordinal) && !EndsLikeASlavicSurname(man)
            : woman.Length == man.Length && man[^1] == 'o' && man.AsSpan(0, man.Length - 1).SequenceEqual(woman.AsSpan(0, woman.Length - 1));
        return shaped && (KnownGivenNames.Contains(man) || KnownGivenNames.Contains(woman));
    }

    /// <summary>The given names the matcher knows (<see cref="WordLists.CommonGivenNames"/>, the names with forms in other
    /// languages and the full names of pet forms): only such a word is read as a man's or a woman's given name, so that a
    /// surname cut short by one letter (<c>AL GHABR</c> for <c>AL GHABRA</c>) stays a spelling of it.</summary>
    private static readonly FrozenSet<string> KnownGivenNames = FrozenSet.ToFrozenSet(
        WordLists.CommonGivenNames.Concat(GivenNames.Names).Concat(Hypocorisms.PetForms.SelectMany(Hypocorisms.FullNamesOf)), StringComparer.Ordinal);

    private static bool EndsLikeASlavicSurname(string word) =>
        word.EndsWith("ov", StringComparison.Ordinal) || word.EndsWith("ev", StringComparison.Ordinal) || word.EndsWith("in", StringComparison.Ordinal)
        || word.EndsWith("yn", StringComparison.Ordinal) || word.EndsWith("sk", StringComparison.Ordinal);

    /// <summary>What a respelling of a word in another transliteration of Cyrillic counts for, times its similarity to the
    /// other word (<see cref="CyrillicSpellings"/>).</summary>
    public const float CyrillicRespelling = 0.95f;

    /// <summary>The fewest symbols a respelling's phonetic key must have to count when the other word shares it, and to
    /// be looked up by (<see cref="CandidateSearch"/>).</summary>
    public const int ShortestRespelledKey = 3;

    /// <summary>How near the best respelling of <paramref name="word"/> (<see cref="CyrillicSpellings.Of"/>) comes to
    /// <paramref name="other"/>, times <see cref="CyrillicRespelling"/>; zero when it has none. A respelling whose letters
    /// prove it cannot beat <paramref name="floor"/> is not compared (<see cref="SpellingsBelow"/>).</summary>
    private static float Respelled(in Tok word, in Tok other, float floor)
    {
        var respellings = word.Respellings;
        if (respellings.Length == 0)
        {
            return 0f;
        }

        var otherLetters = LetterSet.Of(other);
        var best = 0f;
        foreach (var (text, key) in respellings)
        {
            if (floor >= 0.6f && SpellingsBelow(LetterSet.Of(text, key), otherLetters, floor / CyrillicRespelling))
            {
                continue;
            }

            // Compared as two words that write their vowels: a respelling's skeleton is no abjad spelling's (yessitsa, a
            // Polish reading of jessica, and ISS have one key). A skeleton of two symbols shared is no evidence: a j read
            // as y leaves merayair (merajair, MERAJ AIR written as one) the skeleton of Maria and Mayer.
            best = Math.Max(best, CompareWords(text, key, other.Text, other.Key, false, false, ShortestRespelledKey).Similarity);
        }

        return CyrillicRespelling * best;
    }

    /// <summary>What two spellings of one Arabic name that differ in the letters <see cref="ArabicConsonants"/> names count
    /// for at most: as a name in another language (<see cref="OtherLanguageForm"/>), not as the same spelling.</summary>
    public const float ArabicSpelling = 0.85f;

    /// <summary>The fewest letters both words must have to be compared as spellings of one Arabic name
    /// (<see cref="MergedArabicConsonants"/>), and a query word to be looked up by its respellings.</summary>
    public const int ShortestArabicSpelling = 4;

    /// <summary>The most letters a query word may have to be looked up by its respellings (<see cref="ArabicConsonants.RespellingsOf"/>): a
    /// longer word is rather words written as one (<c>qualityautos</c>), whose respellings' skeletons brought names that
    /// crowded out the ones it splits into.</summary>
    public const int LongestArabicSpelling = 9;

    /// <summary>True when two tokens are name words in Latin letters (<see cref="Tok.InLatinLetters"/>) one of which holds
    /// a <c>z</c> and the other a <c>d</c>, or one <c>th</c> and the other an <c>s</c> (<see cref="Tok.Letters"/>): they
    /// may be two Latin spellings of one Arabic name.</summary>
    private static bool MayBeArabicSpellings(in Tok a, in Tok b) =>
        a.InLatinLetters && b.InLatinLetters
        && (OneHasTheOther(a.Letters, b.Letters, Tok.HasZ, Tok.HasD) || OneHasTheOther(a.Letters, b.Letters, Tok.HasTh, Tok.HasS));

    /// <summary>True when one of two tokens' <see cref="Tok.Letters"/> has <paramref name="one"/> and the other's
    /// <paramref name="other"/>.</summary>
    private static bool OneHasTheOther(byte a, byte b, byte one, byte other) =>
        ((a & one) != 0 && (b & other) != 0) || ((b & one) != 0 && (a & other) != 0);

    /// <summary>How near two words of four letters or more come with the letters of Arabic that Latin spellings write in two
    /// ways written alike (<see cref="ArabicConsonants.Merge"/>), by their edit distance, at most <see cref="ArabicSpelling"/>;
    /// zero when so written they are still not within 0.8 of each other (such a spelling makes the word, or one letter from
    /// it).</summary>
    private static float MergedArabicConsonants(in Tok a, in Tok b)
    {
        // Words of three letters are too short to tell a transliteration from another name (dan, merged zan, and zayn).
        if (a.Text.Length < ShortestArabicSpelling || b.Text.Length < ShortestArabicSpelling)
        {
            return 0f;
        }

        // Written alike without making a string: most pairs are told apart by their lengths or first and last letters so
        // written, and only the rest is compared.
        Span<char> aMerged = stackalloc char[a.Text.Length <= 64 ? a.Text.Length : 0];
        Span<char> bMerged = stackalloc char[b.Text.Length <= 64 ? b.Text.Length : 0];
        if (aMerged.Length == 0 || bMerged.Length == 0)
        {
            return 0f;
        }

        // th and s only as the same spelling so written (usman / uthman, haysam / haytham): th is a letter of English too,
        // and with a vowel or letter more apart, martha (marsa) met massa and jones janeth.
        if (OneHasTheOther(a.Letters, b.Letters, Tok.HasTh, Tok.HasS))
        {
            var aLength = ArabicConsonants.Merge(a.Text, th: true, aMerged);
            var bLength = ArabicConsonants.Merge(b.Text, th: true, bMerged);
            if (aMerged[..aLength].SequenceEqual(bMerged[..bLength]))
            {
                return ArabicSpelling;
            }
        }

        if (!OneHasTheOther(a.Letters, b.Letters, Tok.HasZ, Tok.HasD))
        {
            return 0f;
        }

        // d, dh and z as spellings within 0.8 of each other so written (reza / redha, fazal / fadl), by their letters only:
        // their phonetic keys, which take s and z for one sound, would make every word with a d, a z or an s one class.
        var aMergedLength = ArabicConsonants.Merge(a.Text, th: false, aMerged);
        var bMergedLength = ArabicConsonants.Merge(b.Text, th: false, bMerged);
        var longer = Math.Max(aMergedLength, bMergedLength);
        var within = longer / 5;

        // One edit keeps the first letter or the last.
        if (Math.Abs(aMergedLength - bMergedLength) > within
            || (within == 1 && aMerged[0] != bMerged[0] && aMerged[aMergedLength - 1] != bMerged[bMergedLength - 1]))
        {
            return 0f;
        }

        var distance = Distance(new string(aMerged[..aMergedLength]), new string(bMerged[..bMergedLength]), within);
        return distance <= within ? Math.Min(ByDistance(distance, longer), ArabicSpelling) : 0f;
    }

    /// <summary>True when one of two tokens holds <c>rn</c> and the other an <c>m</c> (<see cref="Tok.Letters"/>).</summary>
    private static bool MayBeMisread(byte a, byte b) =>
        ((a & Tok.HasRn) != 0 && (b & Tok.HasM) != 0) || ((b & Tok.HasRn) != 0 && (a & Tok.HasM) != 0);

    /// <summary>How near <paramref name="withRn"/> comes to <paramref name="other"/> with each <c>rn</c> read as
    /// <c>m</c>, times <see cref="MisreadM"/>; zero when it has no <c>rn</c>, the other no <c>m</c> (as
    /// <see cref="Tok.Letters"/> says), or read back it is still not within 0.8 of the other (a misreading makes the
    /// word, or one letter from it).</summary>
    private static float ReadingRnAsM(in Tok withRn, in Tok other)
    {
        if ((withRn.Letters & Tok.HasRn) == 0 || (other.Letters & Tok.HasM) == 0)
        {
            return 0f;
        }

        var read = withRn.Text.Replace("rn", "m", StringComparison.Ordinal);
        var similarity = CompareWords(read, PhoneticKey.Of(read), other.Text, other.Key, VowellessAs(withRn, read), other.Vowelless).Similarity;
        return similarity >= 0.8f ? MisreadM * similarity : 0f;
    }

    /// <summary>The similarity of a word with an <c>m</c> misread as <c>rn</c> and the word (the rest compared as usual,
    /// times this).</summary>
    public const float MisreadM = 0.9f;

    /// <summary>True when two spellings (or keys) differ in length by more than 0.4 of the longer: no edit distance can
    /// make them similar (<see cref="CompareWords"/>, and <see cref="BelowGrade"/> bounding it).</summary>
    /// <param name="longer">The longer one's length.</param>
    /// <param name="shorter">The shorter one's length.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OutOfReach(int longer, int shorter) => longer - shorter > 0.4f * longer;

    /// <summary>The similarity an edit distance gives two spellings (or keys), the longer of <paramref name="longer"/>
    /// characters (<see cref="CompareWords"/>; with a lower bound of the distance, <see cref="BelowGrade"/>'s upper bound of
    /// the similarity).</summary>
    /// <param name="distance">The edit distance, or a lower bound of it.</param>
    /// <param name="longer">The longer one's length.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float ByDistance(int distance, int longer) => Math.Max(0f, 1f - ((float)distance / longer));

    /// <summary>
    /// Spellings that are the same name by knowledge rather than by letters: the same Mandarin syllables in two
    /// romanisations (<see cref="MandarinReadings"/>: <c>hsi</c> / <c>xi</c>, 0.9), the same Korean syllables in two
    /// (<see cref="KoreanReadings"/>: <c>jeong</c> / <c>jong</c>, 0.9), a pet form and the name it shortens
    /// (<see cref="Hypocorisms"/>: <c>ted</c> / <c>theodore</c>, 0.9 times how near the full name comes to the other
    /// spelling, so <c>volodya</c> / <c>wladimir</c> too), a given name and its form in another language
    /// (<see cref="GivenNames"/>: <c>michael</c> / <c>mikhail</c>, the same way) and a word written backwards (<c>nitup</c> / <c>putin</c>, five
    /// letters or more, 0.85). Zero when none applies.
    /// </summary>
    /// <param name="aText">The first token.</param>
    /// <param name="aKey">Its phonetic key.</param>
    /// <param name="bText">The second token.</param>
    /// <param name="bKey">Its phonetic key.</param>
    /// <param name="mandarin">False when the caller knows that one of them has no Mandarin readings.</param>
    /// <param name="aPet">False when the caller knows that the first is no pet form (<see cref="Tok.PetForm"/>).</param>
    /// <param name="bPet">False when the caller knows that the second is no pet form.</param>
    /// <param name="korean">True when both words stand in names that read as Korean (<see cref="Tok.Korean"/>).</param>
    /// <param name="aForms">False when the caller knows that the first is no given name with forms in other languages
    /// (<see cref="Tok.OtherForms"/>).</param>
    /// <param name="bForms">The same for the second.</param>
    /// <param name="aVowelless">Whether the first is written without vowels (<see cref="Tok.Vowelless"/>), or null to tell
    /// by its letters.</param>
    /// <param name="bVowelless">The same for the second.</param>
    public static (float Similarity, AlignmentKind Kind) CompareVariants(string aText, string aKey, string bText, string bKey, bool mandarin = true, bool aPet = true, bool bPet = true,
        bool korean = false, bool aForms = true, bool bForms = true, bool? aVowelless = null, bool? bVowelless = null)
    {
        var best = 0f;
        var kind = AlignmentKind.Fuzzy;
        if (aText.Length >= 5 && aText.Length == bText.Length && IsReverse(aText, bText))
        {
            (best, kind) = (ReversedWord, AlignmentKind.Reversed);
        }

        var pet = Math.Max(aPet ? PetName(aText, bText, bKey, bVowelless) : 0f, bPet ? PetName(bText, aText, aKey, aVowelless) : 0f);
        if (pet > best)
        {
            (best, kind) = (pet, AlignmentKind.PetName);
        }

        if (best < Variant && (aForms || bForms))
        {
            var form = Math.Max(aForms ? OtherLanguage(aText, bText, bKey) : 0f, bForms ? OtherLanguage(bText, aText, aKey) : 0f);
            if (form > best)
            {
                (best, kind) = (form, AlignmentKind.OtherLanguage);
            }
        }

        if (best < Variant && mandarin && MandarinReadings.Meet(aText, bText))
        {
            (best, kind) = (Variant, AlignmentKind.Romanization);
        }

        if (best < Variant && korean && KoreanReadings.Meet(aText, bText))
        {
            (best, kind) = (Variant, AlignmentKind.KoreanReading);
        }

        return (best, kind);
    }

    private static bool IsReverse(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[b.Length - 1 - i])
            {
                return false;
            }
        }

        return !string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <param name="aText">The first token.</param>
    /// <param name="aKey">Its phonetic key.</param>
    /// <param name="bText">The second token.</param>
    /// <param name="bKey">Its phonetic key.</param>
    /// <param name="aVowelless">Whether the first is written without vowels, when the caller knows better than its
    /// letters (tokens joined: <c>spb</c> + <c>bank</c> is not an abjad spelling).</param>
    /// <param name="bVowelless">Whether the second is (<see cref="IsVowelless"/>), when the caller has it already.</param>
    /// <param name="shortestSameKey">The fewest symbols a key shared counts for (two; a respelling's, three).</param>
    /// <param name="acrossScripts">True when one of the two is an abjad spelling (<see cref="AcrossScripts"/>), which
    /// leaves out the short vowels the other writes: the same key counts for as much however few letters they share.</param>
    public static (float Similarity, AlignmentKind Kind) CompareWords(string aText, string aKey, string bText, string bKey, bool? aVowelless = null, bool? bVowelless = null,
        int shortestSameKey = 2, bool acrossScripts = false)
    {
        var maxLength = Math.Max(aText.Length, bText.Length);
        var minLength = Math.Min(aText.Length, bText.Length);

        // The edit distance is at least the difference in length: skip it when that alone puts the pair out of reach.
        var limit = (int)(0.4f * maxLength) + 1;
        var textSimilarity = OutOfReach(maxLength, minLength) ? 0f : ByDistance(Distance(aText, bText, limit), maxLength);
        var best = textSimilarity;
        var kind = AlignmentKind.Fuzzy;

        // A doubled or tripled letter (Hanniball, Kim Jong-uun, Barackk) is a typing slip, not another name; a y or j
        // after a consonant and before a vowel marks a soft consonant in some spellings and not in others (Hungarian
        // Putyin, Tatyana / Tatjana / Tatana).
        if (best < RepeatedLetters && (HasRun(aText) || HasRun(bText)) && SqueezedEqual(aText, bText))
        {
            best = RepeatedLetters;
        }

        if (best < RepeatedLetters && minLength >= 4 && (HasSoftSign(aText) || HasSoftSign(bText)) && HardenedEqual(aText, bText))
        {
            best = RepeatedLetters;
        }

        // A long vowel written oo or ee in one and u or i in the other (Rooya / Ruya, Noor / Nur, Ameen / Amin).
        if (best < RepeatedLetters && minLength >= 3 && (HasLongVowel(aText) || HasLongVowel(bText)) && LongVowelEqual(aText, bText))
        {
            best = RepeatedLetters;
        }

        // Letters that transliterations write one for the other (Okean / Ocean, Kanada / Canada, Rei / Rey, Long Ksing /
        // Long Xing, Kasim / Qasim): the same word in another language's letters, not a typo.
        if (best < TransliteratedLetters && !acrossScripts && Math.Abs(aText.Length - bText.Length) <= MaxTransliterationGrowth
            && TransliteratedEqual(aText, bText))
        {
            best = TransliteratedLetters;
            kind = AlignmentKind.Transliteration;
        }

        var vowelless = (aVowelless ?? IsVowelless(aText)) || (bVowelless ?? IsVowelless(bText));
        // Two letters without a vowel are an abjad spelling of a word of three letters at most (ly / Ali); against a
        // longer word they are initials (SL, Shining Path's, is not Saleh or Salah).
        var sameKey = string.Equals(aKey, bKey, StringComparison.Ordinal);
        if (sameKey && vowelless && !SameWithInnerH(aText, bText))
        {
            // One key, but a spelling without vowels leaves out an h the other writes, or writes one it has not: not
            // one skeleton, and the key adds nothing to the spelling.
            return (best, kind);
        }

        if ((vowelless ? minLength >= 3 || maxLength <= 3 : minLength >= 3) && aKey.Length >= shortestSameKey && sameKey)
        {
            // Written without vowels (Arabic, Hebrew, Persian transliterated) the skeleton is all there is to compare;
            // between two spellings that both write their vowels, different vowels still count for something.
            // Spellings that share less than half their letters are met by the key alone: a short key stands for many
            // names (makhmoudi, mehmet and muhammad are all MT), and such a pair counts for less.
            var floor = textSimilarity < HalfTheLetters && !acrossScripts ? SameKeyFarFloor : SameKeyFloor;
            var skeleton = vowelless ? SameSkeleton : floor + (0.35f * textSimilarity);
            if (skeleton > best)
            {
                best = skeleton;
                kind = AlignmentKind.Phonetic;
            }
        }
        else if (aKey.Length >= 3 && bKey.Length >= 3 && minLength >= 4 && best < SkeletonDiscount)
        {
            var keyLength = Math.Max(aKey.Length, bKey.Length);
            var keySimilarity = OutOfReach(keyLength, Math.Min(aKey.Length, bKey.Length))
                ? 0f
                : SkeletonDiscount * ByDistance(Distance(aKey, bKey, (int)(0.4f * keyLength) + 1), keyLength);
            if (keySimilarity > best)
            {
                best = keySimilarity;
                kind = AlignmentKind.Phonetic;
            }
        }

        return (best, kind);
    }

    /// <summary>What two spellings count for that are the same but for letters transliterations write one for the other
    /// (<see cref="TransliteratedEqual"/>).</summary>
    public const float TransliteratedLetters = 0.9f;

    /// <summary>The most characters one spelling may have beyond the other and still be the same in another
    /// transliteration (each <c>x</c> written <c>ks</c> adds one).</summary>
    private const int MaxTransliterationGrowth = 2;

    /// <summary>What two spellings that write their vowels and have one phonetic key count for at least (plus a share of
    /// their spelling similarity).</summary>
    private const float SameKeyFloor = 0.6f;

    /// <summary>The same for two spellings with less than <see cref="HalfTheLetters"/> of spelling similarity: the key
    /// alone meets them. Measured: name-only false positives 2.90 % → 2.78 % (global) and 2.04 % → 1.91 % (US), the
    /// Cyrillic <c>мохаммад махмоуди</c> finds MAHMOUDI, Mohammad instead of names of Muhammad; alias recall@10 0.898 →
    /// 0.897.</summary>
    private const float SameKeyFarFloor = 0.5f;

    private const float HalfTheLetters = 0.5f;

    /// <summary>
    /// True when two words of one phonetic key (<see cref="PhoneticKey.Of(string)"/>, which drops an inner <c>h</c>) still have
    /// one when the inner <c>h</c> is kept: a spelling without vowels writes every consonant, so a key is all it has to
    /// meet another word on, and the <c>h</c> is part of it (<c>mty</c>, <c>mtt</c> and <c>Mahmood</c> share the key
    /// <c>MT</c>; an abbreviation <c>Mty</c> met <c>Mahmood</c> at 0.86).
    /// </summary>
    private static bool SameWithInnerH(string aText, string bText) =>
        !(aText.Contains('h', StringComparison.Ordinal) || bText.Contains('h', StringComparison.Ordinal))
        || string.Equals(PhoneticKey.WithInnerH(aText), PhoneticKey.WithInnerH(bText), StringComparison.Ordinal);

    /// <summary>
    /// The similarity of a name transcribed through Chinese, Japanese or Korean syllables and another spelling, on their
    /// loose skeletons (<see cref="PhoneticKey.Loose"/>): the same skeleton 0.85 plus a little for the spelling; a
    /// skeleton one edit from the other in proportion; nothing for spellings of too different lengths
    /// (<see cref="LooseLengthRatio"/>).
    /// </summary>
    public static float CompareLoose(string aText, string bText)
    {
        if (Math.Min(aText.Length, bText.Length) < LooseLengthRatio * Math.Max(aText.Length, bText.Length))
        {
            return 0f;
        }

        var aKey = PhoneticKey.Loose(aText);
        var bKey = PhoneticKey.Loose(bText);
        var maxLength = Math.Max(aText.Length, bText.Length);
        var textSimilarity = Math.Max(0f, 1f - ((float)Distance(aText, bText) / maxLength));
        if (aKey.Length >= 2 && string.Equals(aKey, bKey, StringComparison.Ordinal))
        {
            return SyllabicSkeleton + (0.1f * textSimilarity);
        }

        var keyLength = Math.Max(aKey.Length, bKey.Length);
        if (Math.Min(aKey.Length, bKey.Length) < 3 || Math.Abs(aKey.Length - bKey.Length) > 1)
        {
            return 0f;
        }

        // A first consonant the syllables have no sound for is left out (ウラジーミル urajimiru for Vladimir).
        if (aKey.AsSpan().SequenceEqual(bKey.AsSpan(1)) || bKey.AsSpan().SequenceEqual(aKey.AsSpan(1)))
        {
            return SyllabicSkeleton - 0.05f + (0.1f * textSimilarity);
        }

        var distance = Distance(aKey, bKey, 2);
        return distance <= 1 ? SyllabicSkeleton * (1f - ((float)distance / keyLength)) : 0f;
    }

    /// <summary>Syllables add vowels to a name (プーチン puchin, シュトラウス shiyutorausu, ウラジーミル urajimiru), but not so many
    /// that the shorter spelling is under this share of the longer: such a pair is two names that share a few consonants
    /// (高市早苗 gaoshizaomiao is neither KASMA nor QASIYUN).</summary>
    private const float LooseLengthRatio = 0.55f;

    /// <summary>
    /// True for a word in Latin letters written without vowels, as one types an abjad spelling (<c>Mhmd</c>, <c>Abd</c>,
    /// <c>Hsn</c>): no vowel past the first letter, a final <c>y</c> counting as one in a word of three letters or more.
    /// A Latin name of one vowel in five letters or more is a name that writes its vowels (<c>Wright</c>, <c>Frosch</c>,
    /// <c>Schmidt</c>; <c>Amy</c>), and its phonetic key is not all there is to compare: as spellings without vowels,
    /// <c>Michael Wright</c> met the weak alias <c>Faracade</c> (key <c>BRKT</c>) and <c>Amy Johnson</c> <c>Amu</c>.
    /// </summary>
    public static bool IsVowellessLatin(string text)
    {
        if (text.Length < 2 || (text.Length >= 3 && text[^1] == 'y'))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (IsVowel(text[i]))
            {
                return false;
            }
        }

        return !IsVowel(text[0]) || text.Length >= 3;
    }

    /// <summary>Whether a part or a reading of a token is written without vowels, by the token's script's rule (as
    /// <see cref="Tok.Vowelless"/>: an abjad spelling by <see cref="IsVowelless"/>, a Latin word by
    /// <see cref="IsVowellessLatin"/>).</summary>
    /// <param name="source">The token the text is part or a reading of.</param>
    /// <param name="text">The text.</param>
    internal static bool VowellessAs(in Tok source, string text) =>
        (source.Variants & Tok.Abjad) != 0 ? IsVowelless(text) : IsVowellessLatin(text);

    /// <summary>True for a token with (almost) no written vowels, as abjad scripts transliterate (long vowels written:
    /// one vowel in five letters past the first).</summary>
    public static bool IsVowelless(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var vowels = 0;
        for (var i = 1; i < text.Length; i++)
        {
            vowels += IsVowel(text[i]) ? 1 : 0;
        }

        // An abjad spelling writes a word-initial ayn or alif as a vowel (asmh for Usama): past it, no vowel at all.
        return IsVowel(text[0]) ? vowels == 0 && text.Length >= 3 : vowels * 5 < text.Length;
    }

    /// <summary>True for a, e, i, o and u: the vowels an abjad spelling leaves out (<see cref="IsVowelless"/>).</summary>
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The share of a pair's weight that counts as agreement for a similarity: piecewise linear through
    /// (0.6, 0), (0.65, 0.35), (0.7, 0.6), (0.75, 0.75), (0.8, 0.85), (1, 1).</summary>
    public static float Graded(float similarity) => similarity switch
    {
        >= 0.8f => 0.85f + ((similarity - 0.8f) * 0.75f),
        >= 0.75f => 0.75f + ((similarity - 0.75f) * 2f),
        >= 0.7f => 0.6f + ((similarity - 0.7f) * 3f),
        >= 0.65f => 0.35f + ((similarity - 0.65f) * 5f),
        >= 0.6f => (similarity - 0.6f) * 7f,
        _ => 0f,
    };
}
