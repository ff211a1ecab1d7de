using System.Numerics;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>What two tokens' letter sets and lengths prove about their similarity before they are compared
/// (<see cref="BelowGrade"/>).</summary>
internal static partial class TokenSimilarity
{
    /// <summary>A token's characters as sets (<see cref="LettersOf"/>) with its lengths: what <see cref="BelowGrade"/>
    /// reads. Worked out by the caller once per token of a comparison's names, not kept in the token (a larger
    /// <see cref="Tok"/> makes every array of them larger).</summary>
    /// <param name="Text">The spelling's characters.</param>
    /// <param name="Key">The phonetic key's symbols.</param>
    /// <param name="TextLength">The spelling's length.</param>
    /// <param name="KeyLength">The key's length.</param>
    internal readonly record struct LetterSet(ulong Text, ulong Key, int TextLength, int KeyLength)
    {
        /// <summary>The letter set of <paramref name="token"/>.</summary>
        /// <param name="token">A token.</param>
        public static LetterSet Of(in Tok token) => Of(token.Text, token.Key);

        /// <summary>The letter set of a spelling and its phonetic key (a token's, or a respelling's).</summary>
        /// <param name="text">The spelling.</param>
        /// <param name="key">Its phonetic key.</param>
        public static LetterSet Of(string text, string key) => new(LettersOf(text), LettersOf(key), text.Length, key.Length);
    }

    /// <summary>
    /// False when two words' letters prove that <see cref="MergedArabicConsonants"/> gives them nothing: written with
    /// <c>d</c> and <c>dh</c> as <c>z</c> (and <c>th</c> as <c>s</c>), a letter one has and the other lacks is an edit at
    /// least, and the rule allows a fifth of the letters (none for <c>th</c> and <c>s</c>). Compared without <c>h</c>,
    /// <c>t</c> and <c>s</c>, which the writing may take away or add, and with <c>d</c> as <c>z</c>: so compared, each set
    /// holds exactly the merged spelling's other letters.
    /// </summary>
    private static bool ArabicSpellingsWithin(in LetterSet a, in LetterSet b)
    {
        if (a.TextLength < ShortestArabicSpelling || b.TextLength < ShortestArabicSpelling)
        {
            return false;
        }

        var within = Math.Max(a.TextLength, b.TextLength) / 5;
        var (aMerged, bMerged) = (MergedLetters(a.Text), MergedLetters(b.Text));
        return BitOperations.PopCount(aMerged & ~bMerged) <= within && BitOperations.PopCount(bMerged & ~aMerged) <= within;

        static ulong MergedLetters(ulong letters)
        {
            const ulong d = 1UL << ('d' & 63), z = 1UL << ('z' & 63), h = 1UL << ('h' & 63), t = 1UL << ('t' & 63), s = 1UL << ('s' & 63);
            return (letters & ~(d | h | t | s)) | ((letters & d) != 0 ? z : 0);
        }
    }

    /// <summary>The characters of a spelling or key as a set, a bit each (bit <c>c mod 64</c>: two characters may share
    /// one, which only makes <see cref="BelowGrade"/> prove less).</summary>
    /// <param name="text">A token's spelling or phonetic key.</param>
    public static ulong LettersOf(string text)
    {
        var letters = 0UL;
        foreach (var c in text)
        {
            letters |= 1UL << (c & 63);
        }

        return letters;
    }

    /// <summary>
    /// True when <see cref="Compare"/> of the two tokens is provably at most 0.6, which <see cref="Graded"/> maps to 0,
    /// worked out from their lengths and character sets alone (<see cref="LetterSet"/>). An edit removes at most one
    /// character that one word has and the other lacks, and adds at most one, so the edit distance is at least the
    /// larger count of such characters (and the difference in length); the spellings' and the keys' similarities are
    /// bounded by the same formulas as <see cref="CompareWords"/> uses with that bound for the distance. Pairs where
    /// another rule could give more are never ruled out: a syllabic token (loose skeletons), an abjad spelling against a
    /// Latin one (<see cref="AbjadSkeleton"/>), an initial, a word cut short (against a name word or a patronymic), a pet form or
    /// two readable as Mandarin or as Korean, a number against a word (<see cref="SpelledNumber"/>), a legal form against a word that is a synonym of one (which it may have been read from: <see cref="ReadAsLegalForm"/>), two particles (<see cref="WordLists.SameParticle"/>), keys that may be the same, and
    /// spellings whose character sets are the same but for y and j (doubled letters, a softening y or j, a word written
    /// backwards). A given name with forms in other languages (<see cref="Tok.OtherForms"/>) is ruled out only when each
    /// form is too, against what a form counts for. A word with respellings of Cyrillic against a word of a Cyrillic name (<see cref="Tok.Cyrillic"/>) is
    /// ruled out only when each respelling is too, against what a respelling counts for.
    /// </summary>
    /// <param name="a">The query's token.</param>
    /// <param name="aLetters">Its letter set.</param>
    /// <param name="b">The other token.</param>
    /// <param name="bLetters">Its letter set.</param>
    public static bool BelowGrade(in Tok a, in LetterSet aLetters, in Tok b, in LetterSet bLetters)
    {
        int aLength = aLetters.TextLength, bLength = bLetters.TextLength;
        if (a.Syllabic || b.Syllabic || aLength < 2 || bLength < 2 || (a.Class == TokenClass.Particle && b.Class == TokenClass.Particle)
            || ((a.Class == TokenClass.Number) != (b.Class == TokenClass.Number))
            || ((a.Class == TokenClass.LegalForm) != (b.Class == TokenClass.LegalForm) && WordLists.LegalFormSynonyms.ContainsKey((a.Class == TokenClass.LegalForm ? b : a).Text))
            || AcrossScripts(a, b)
            || (a.Class == TokenClass.Word && b.Class == TokenClass.Word
                && (((a.Variants | b.Variants) & (Tok.PetForm | Tok.CutShort)) != 0 || (a.Variants & b.Variants & (Tok.Mandarin | Tok.Korean)) != 0))
            || ((a.Variants & Tok.CutShort) != 0 && b.Class == TokenClass.Patronymic))
        {
            return false;
        }

        // An m misread as rn in one of two words (ReadingRnAsM); two Latin spellings of one Arabic name
        // (MergedArabicConsonants) whose letters do not rule them out.
        if ((a.Class == TokenClass.Word && b.Class == TokenClass.Word && MayBeMisread(a.Letters, b.Letters))
            || (MayBeArabicSpellings(a, b) && ArabicSpellingsWithin(aLetters, bLetters)))
        {
            return false;
        }

        if (!SpellingsBelow(aLetters, bLetters, 0.6f))
        {
            return false;
        }

        // A given name's forms in other languages (OtherLanguage) are bounded the same way, against what they count for.
        if (((a.Variants | b.Variants) & Tok.OtherForms) != 0 && a.Class == TokenClass.Word && b.Class == TokenClass.Word
            && (((a.Variants & Tok.OtherForms) != 0 && !FormsBelow(a.Text, bLetters)) || ((b.Variants & Tok.OtherForms) != 0 && !FormsBelow(b.Text, aLetters))))
        {
            return false;
        }

        // A respelling of one as the lists write Cyrillic (Respelled) is bounded the same way, against what it counts for.
        if ((a.Variants & b.Variants & Tok.Cyrillic) != 0 && a.Class is TokenClass.Word or TokenClass.Patronymic
            && b.Class is TokenClass.Word or TokenClass.Patronymic)
        {
            return RespellingsBelow(a, bLetters, 0.6f) && RespellingsBelow(b, aLetters, 0.6f);
        }

        return true;
    }

    /// <summary>True when no respelling of <paramref name="word"/> (<see cref="CyrillicSpellings.Of"/>) can count for more
    /// than <paramref name="limit"/> against the spelling of <paramref name="other"/> (<see cref="SpellingsBelow"/>).</summary>
    private static bool RespellingsBelow(in Tok word, in LetterSet other, float limit)
    {
        foreach (var (text, key) in word.Respellings)
        {
            if (!SpellingsBelow(LetterSet.Of(text, key), other, limit / CyrillicRespelling))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <see cref="CompareWords"/> of two spellings is provably at most <paramref name="limit"/> (0.6 or more),
    /// from their letter sets and lengths alone: never for the same letters but for y and j, or keys that may be the
    /// same.
    /// </summary>
    private static bool SpellingsBelow(in LetterSet aLetters, in LetterSet bLetters, float limit)
    {
        int aLength = aLetters.TextLength, bLength = bLetters.TextLength;

        // The same letters but for y and j: the same word with a doubled letter or a softening y, or written backwards.
        if (((aLetters.Text ^ bLetters.Text) & ~SoftLetterBits) == 0)
        {
            return false;
        }

        // The same letters but for those transliterations write one for the other (TransliteratedEqual), as sets.
        if (TransliteratedLetterSet(aLetters.Text, bLetters.Text) == TransliteratedLetterSet(bLetters.Text, aLetters.Text) && limit < TransliteratedLetters
            && Math.Abs(aLength - bLength) <= MaxTransliterationGrowth)
        {
            return false;
        }

        int aKeyLength = aLetters.KeyLength, bKeyLength = bLetters.KeyLength;
        if (aLetters.Key == bLetters.Key && aKeyLength == bKeyLength)
        {
            return false;
        }

        var maxLength = Math.Max(aLength, bLength);
        var minLength = Math.Min(aLength, bLength);
        var distance = Math.Max(maxLength - minLength,
            Math.Max(BitOperations.PopCount(aLetters.Text & ~bLetters.Text), BitOperations.PopCount(bLetters.Text & ~aLetters.Text)));
        var text = OutOfReach(maxLength, minLength) ? 0f : ByDistance(distance, maxLength);
        if (text > limit)
        {
            return false;
        }

        if (aKeyLength >= 3 && bKeyLength >= 3 && minLength >= 4)
        {
            var keyLength = Math.Max(aKeyLength, bKeyLength);
            var keyDistance = Math.Max(Math.Abs(aKeyLength - bKeyLength),
                Math.Max(BitOperations.PopCount(aLetters.Key & ~bLetters.Key), BitOperations.PopCount(bLetters.Key & ~aLetters.Key)));
            var key = OutOfReach(keyLength, Math.Min(aKeyLength, bKeyLength)) ? 0f : SkeletonDiscount * ByDistance(keyDistance, keyLength);
            if (key > limit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter set (<see cref="LettersOf"/>) with the letters <see cref="TransliteratedEqual"/> makes one made one:
    /// c, q and x as k (x as s too), w as v, y as i; and without d when both spellings hold a j (the d of a dj is not
    /// compared). Two spellings the same so compared have the same such set (each bit is mapped the same way on both
    /// sides, whatever character it stands for).</summary>
    /// <param name="letters">The spelling's letter set.</param>
    /// <param name="other">The other spelling's.</param>
    private static ulong TransliteratedLetterSet(ulong letters, ulong other)
    {
        const ulong c = 1UL << ('c' & 63), q = 1UL << ('q' & 63), x = 1UL << ('x' & 63), k = 1UL << ('k' & 63), s = 1UL << ('s' & 63);
        const ulong w = 1UL << ('w' & 63), v = 1UL << ('v' & 63), y = 1UL << ('y' & 63), i = 1UL << ('i' & 63);
        const ulong d = 1UL << ('d' & 63), j = 1UL << ('j' & 63);
        var dropped = c | q | x | w | y | ((letters & other & j) != 0 ? d : 0);
        return (letters & ~dropped) | ((letters & (c | q | x)) != 0 ? k : 0) | ((letters & x) != 0 ? s : 0)
            | ((letters & w) != 0 ? v : 0) | ((letters & y) != 0 ? i : 0);
    }

    /// <summary>The bits of y and j in <see cref="LettersOf"/>.</summary>
    private const ulong SoftLetterBits = (1UL << ('y' & 63)) | (1UL << ('j' & 63));
}
