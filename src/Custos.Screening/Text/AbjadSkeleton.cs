using System.Collections.Concurrent;

namespace Custos.Screening.Text;

/// <summary>
/// The consonants of a word as Arabic script writes them, on which a word transliterated from Arabic, Persian or Urdu
/// script (<c>جمال عكاشة</c>, <c>jmal akasha</c>) meets the Latin spellings of the same name (<c>DJAMEL AKKACHA</c>).
/// </summary>
/// <remarks>
/// <para>Arabic script writes consonants and long vowels (alif, waw, ya) and leaves short vowels out; Latin spellings
/// write every vowel, in the conventions of the language they were made for. So the skeleton keeps only consonants, in
/// classes on which those conventions meet (b/p; f/v/ph; t/th; d/dh; s; z; sh/ch, French ch being Arabic sh; k/q/c/ck;
/// g/gh; j/dj/zh; kh; h, l, m, n, r), doubled consonants once (Arabic does not write the doubling). Between the
/// consonants it keeps which vowels each spelling writes (<see cref="Skeleton.Gaps"/>): a long vowel that Arabic
/// writes must be written in the Latin spelling too (jmal is Djamel and Jamal, not Jamil).</para>
/// <para>A letter that transliteration standards render in several ways gives several skeletons on the Arabic side
/// (<see cref="OfAbjad"/>): ث th is t or s (Uthman, Usman); ذ and ظ dh (and ض, which the normaliser writes dh) are d
/// or dh, or z (Dhakir, Zakir; Fadl, Fazal: Persian and Urdu read them as z); ج j is also g (Gamal) and ق q also g
/// (Gasim); th may also be t then h (طه Taha), as sh, zh and kh may be s, z and k then h (إسحاق ashaq: Ishaq); و w is a
/// long vowel or, as Persian reads it, v (ولادیمیر Vladimir); a final a, which may be a tāʾ marbūṭa, may be followed
/// by an h (Hamza, Hamzah); a final h after a consonant may be the silent he, a final vowel (وهبه Wehbe); a letter
/// written twice is one consonant or two (بغددي Baghdadi: the doubling of one is not written).</para>
/// </remarks>
internal static class AbjadSkeleton
{
    /// <summary>The most skeletons one Arabic word gives (<see cref="OfAbjad"/>).</summary>
    public const int MaxVariants = 16;

    /// <summary>The similarity of two words with the same skeleton whose written vowels agree (<see cref="Similarity(Skeleton[], Skeleton)"/>).</summary>
    public const float SameSkeleton = 0.93f;

    // The vowels written in a gap between consonants, a bit each.
    private const byte LongA = 1, LongW = 2, LongY = 4, Cluster = 8;

    /// <summary>One skeleton: the consonant classes and, for each gap before, between and after them, the vowels written
    /// there (<see cref="Gaps"/> has one more character than <see cref="Key"/>).</summary>
    /// <param name="Key">The consonant classes.</param>
    /// <param name="Gaps">The vowels of each gap as bits: long a, w-like (o, u, w), y-like (i, y, e), two vowels or more in
    /// a Latin spelling.</param>
    public readonly record struct Skeleton(string Key, string Gaps);

    /// <summary>The skeleton of a Latin spelling (lower-case ASCII).</summary>
    /// <param name="text">A normalised token.</param>
    public static Skeleton OfLatin(string text) => Read(text, abjad: false)[0];

    /// <summary>The skeletons of a word transliterated from Arabic script, one for each reading of its ambiguous
    /// letters (at most <see cref="MaxVariants"/>), the first as written.</summary>
    /// <param name="text">A normalised token transliterated from Arabic script.</param>
    public static Skeleton[] OfAbjad(string text) => Read(text, abjad: true);

    private static Skeleton[] Read(string text, bool abjad)
    {
        var builders = new List<Builder> { new(latin: !abjad) };
        for (var i = 0; i < text.Length;)
        {
            i += abjad ? ReadAbjad(text, i, builders) : ReadLatin(text, i, builders);
        }

        // A final a may be a tāʾ marbūṭa, which Latin spellings also write ah (حمزة hmza: Hamza, Hamzah).
        if (abjad && builders[0].EndsInA)
        {
            Read(builders, 0, string.Empty, "H");
        }

        var skeletons = new Skeleton[builders.Count];
        for (var k = 0; k < builders.Count; k++)
        {
            skeletons[k] = builders[k].Finish();
        }

        return skeletons;
    }

    // The readings below are written as symbols: a consonant class in capitals, a vowel as a (long a), w (o, u, w),
    // y (i, y) or e (a or i).

    /// <summary>Reads the letter or digraph of a Latin spelling at <paramref name="i"/>; returns how many letters it
    /// took.</summary>
    private static int ReadLatin(string text, int i, List<Builder> builders)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return text[i] switch
        {
            'a' => Read(builders, 1, "a"),
            'e' => Read(builders, 1, "e"),
            'i' or 'y' => Read(builders, 1, "y"),
            'o' or 'u' or 'w' => Read(builders, 1, "w"),
            's' when next == 'c' && i + 2 < text.Length && text[i + 2] == 'h' => Read(builders, 3, "C"),
            's' or 'c' when next == 'h' => Read(builders, 2, "C"),
            'k' when next == 'h' => Read(builders, 2, "X"),
            'g' when next == 'h' => Read(builders, 2, "G"),
            't' when next == 'h' => Read(builders, 2, "T"),
            'd' when next == 'h' => Read(builders, 2, "D"),
            'p' when next == 'h' => Read(builders, 2, "F"),
            'z' when next == 'h' => Read(builders, 2, "J"),
            'd' when next == 'j' => Read(builders, 2, "J"),
            'c' => Read(builders, 1, next is 'e' or 'i' or 'y' ? "S" : "K"),
            'x' => Read(builders, 1, "KS"),
            var c => Read(builders, 1, ClassOf(c)),
        };
    }

    /// <summary>Reads the letter or digraph of an Arabic word's transliteration at <paramref name="i"/>, each way
    /// transliteration standards read it; returns how many letters it took.</summary>
    private static int ReadAbjad(string text, int i, List<Builder> builders)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return text[i] switch
        {
            'a' => Read(builders, 1, "a"),
            'i' or 'y' or 'e' => Read(builders, 1, "y"),
            'o' or 'u' => Read(builders, 1, "w"),

            // Waw is a long u or o, or a consonant: w in Arabic (Walid, as a vowel here), v in Persian (Vahid).
            'w' => Read(builders, 1, "w", "F"),
            'c' when next == 'h' => Read(builders, 2, "C"),
            's' when next == 'h' => Read(builders, 2, "C", "SH"),
            'z' when next == 'h' => Read(builders, 2, "J", "ZH"),
            'k' when next == 'h' => Read(builders, 2, "X", "KH"),
            'g' when next == 'h' => Read(builders, 2, "G"),
            'd' when next == 'h' => Read(builders, 2, "D", "Z"),
            't' when next == 'h' => Read(builders, 2, "T", "S", "TH"),
            'j' => Read(builders, 1, "J", "G"),
            'q' => Read(builders, 1, "K", "G"),

            // A final he after a consonant is an h, or the vowel Persian and Levantine names end in, which Latin spellings
            // write e or a (وهبه whbh: Wehbe, Wahba; فاطمه ftmh: Fatemeh, Fatima): the transliteration writes both as h.
            'h' when i == text.Length - 1 && i > 0 && !IsVowelLetter(text[i - 1]) => Read(builders, 1, "H", "a"),

            // Arabic script writes a doubled consonant once (under a shadda, which the normaliser drops): the same letter
            // written twice is two consonants with a short vowel between (بغدادي written بغددي, هلال written هلل:
            // Baghdadi, Halil), or a doubling written out.
            var c when i > 0 && text[i - 1] == c && ClassOf(c).Length > 0 => Read(builders, 1, ClassOf(c), Again),
            var c => Read(builders, 1, ClassOf(c)),
        };
    }

    /// <summary>The reading of a consonant written again after itself as a consonant of its own (<see cref="ReadAbjad"/>).</summary>
    private const string Again = "+";

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';

    /// <summary>Reads a letter each way it may be read: every skeleton so far continues with each reading, as long as
    /// there are fewer than <see cref="MaxVariants"/>; past that, with the first reading only.</summary>
    /// <returns><paramref name="length"/>, the letters read.</returns>
    private static int Read(List<Builder> builders, int length, params ReadOnlySpan<string> readings)
    {
        var count = builders.Count;
        for (var k = 0; k < count; k++)
        {
            for (var r = 1; r < readings.Length && builders.Count < MaxVariants; r++)
            {
                var copy = builders[k].Copy();
                copy.Append(readings[r]);
                builders.Add(copy);
            }

            builders[k].Append(readings[0]);
        }

        return length;
    }

    /// <summary>The skeletons of words seen before (a pure function of the spelling, kept across indexes): a screen
    /// compares the same few words written in Arabic script with many others.</summary>
    private static readonly ConcurrentDictionary<string, Skeleton[]> AbjadSeen = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Skeleton> LatinSeen = new(StringComparer.Ordinal);

    /// <summary>How many spellings of each script <see cref="Similarity(string, string)"/> keeps (counted without taking
    /// the dictionaries' locks).</summary>
    private const int MaxSeen = 50_000;

    private static int abjadCount;
    private static int latinCount;

    /// <summary>How alike a word transliterated from Arabic script and a Latin spelling are (<see cref="Similarity(Skeleton[], Skeleton)"/>),
    /// their skeletons worked out once for the first <see cref="MaxSeen"/> spellings of each script.</summary>
    /// <param name="abjad">A normalised token transliterated from Arabic script.</param>
    /// <param name="latin">A normalised Latin token.</param>
    public static float Similarity(string abjad, string latin)
    {
        var abjadSkeletons = OfAbjadRemembered(abjad);

        if (!LatinSeen.TryGetValue(latin, out var latinSkeleton))
        {
            latinSkeleton = OfLatin(latin);
            if (Volatile.Read(ref latinCount) < MaxSeen && LatinSeen.TryAdd(latin, latinSkeleton))
            {
                Interlocked.Increment(ref latinCount);
            }
        }

        return Similarity(abjadSkeletons, latinSkeleton);
    }

    /// <summary>The skeletons of a word transliterated from Arabic script (<see cref="OfAbjad"/>), worked out once for the
    /// first <see cref="MaxSeen"/> spellings.</summary>
    /// <param name="abjad">A normalised token transliterated from Arabic script.</param>
    public static Skeleton[] OfAbjadRemembered(string abjad)
    {
        if (!AbjadSeen.TryGetValue(abjad, out var skeletons))
        {
            skeletons = OfAbjad(abjad);
            if (Volatile.Read(ref abjadCount) < MaxSeen && AbjadSeen.TryAdd(abjad, skeletons))
            {
                Interlocked.Increment(ref abjadCount);
            }
        }

        return skeletons;
    }

    /// <summary>
    /// How alike a word transliterated from Arabic script and a Latin spelling are by their skeletons: zero unless one
    /// of the Arabic word's skeletons has the Latin spelling's consonants; then <see cref="SameSkeleton"/> less
    /// <see cref="MissingVowel"/> for each long vowel the Arabic writes where the Latin spelling writes none, and
    /// <see cref="OtherVowel"/> for each it writes as another vowel, for a Latin pair of vowels where the Arabic writes
    /// none; zero below <see cref="Lowest"/>, for a Latin spelling that begins or ends with a vowel where the Arabic
    /// word writes none (but a French final e), and for one that writes no vowel at all where the Arabic word writes a
    /// long one (an abbreviation). An initial alif or ayn carries any vowel (أحمد ahmd / Ahmad, إبراهيم
    /// abrahym / Ibrahim); an Arabic word beginning with a vowel against a Latin one that does not counts as another
    /// vowel. A skeleton of one consonant is enough only with two long vowels or more that all agree (يحيى yhya /
    /// Yahia).
    /// </summary>
    /// <param name="abjad">The skeletons of the Arabic word (<see cref="OfAbjad"/>).</param>
    /// <param name="latin">The skeleton of the Latin spelling (<see cref="OfLatin"/>).</param>
    public static float Similarity(Skeleton[] abjad, Skeleton latin)
    {
        var best = 0f;
        foreach (var skeleton in abjad)
        {
            if (skeleton.Key.Length == 0 || !string.Equals(skeleton.Key, latin.Key, StringComparison.Ordinal))
            {
                continue;
            }

            // A Latin spelling that writes no vowel where the Arabic writes a long one is an abbreviation, not the name
            // (راجب rajb is Rajab, not the RGB of the Reconnaissance General Bureau).
            var (written, missing, other) = CompareVowels(skeleton.Gaps, latin.Gaps, skeleton.Key[^1] == 'H');
            if (other == int.MaxValue || (skeleton.Key.Length == 1 && (written < 2 || missing + other > 0)) || (written > 0 && missing == written && WritesNoVowel(latin)))
            {
                continue;
            }

            var similarity = SameSkeleton - (MissingVowel * missing) - (OtherVowel * other);
            if (similarity >= Lowest)
            {
                best = Math.Max(best, similarity);
            }
        }

        return best;
    }

    /// <summary>True when a Latin spelling writes no vowel at all.</summary>
    private static bool WritesNoVowel(Skeleton latin)
    {
        foreach (var gap in latin.Gaps)
        {
            if ((gap & (LongA | LongW | LongY)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a long vowel written in Arabic and not in the Latin spelling takes off (<see cref="Similarity(Skeleton[], Skeleton)"/>).</summary>
    public const float MissingVowel = 0.07f;

    /// <summary>What a long vowel written as another vowel takes off (<see cref="Similarity(Skeleton[], Skeleton)"/>).</summary>
    public const float OtherVowel = 0.12f;

    /// <summary>The lowest similarity <see cref="Similarity(Skeleton[], Skeleton)"/> gives; below it, zero.</summary>
    public const float Lowest = 0.7f;

    /// <summary>Counts, gap by gap, the long vowels the Arabic word writes, those the Latin spelling leaves out, and those
    /// it writes otherwise (with its vowel pairs where the Arabic writes none); <see cref="int.MaxValue"/> as the last for
    /// a Latin spelling that begins or ends with a vowel where the Arabic word has none.</summary>
    /// <param name="abjad">The Arabic word's gaps.</param>
    /// <param name="latin">The Latin spelling's gaps.</param>
    /// <param name="endsInH">True when the last consonant is h, after which Arabic leaves a short final vowel unwritten
    /// (طه Taha).</param>
    private static (int Written, int Missing, int Other) CompareVowels(string abjad, string latin, bool endsInH)
    {
        int written = 0, missing = 0, other = 0;
        for (var g = 0; g < abjad.Length; g++)
        {
            var a = abjad[g];
            var l = latin[g];
            var latinVowel = (l & (LongA | LongW | LongY)) != 0;
            // Arabic writes a vowel that begins or ends a word (alif, ayn, waw, ya, tāʾ marbūṭa): a Latin spelling that
            // begins or ends with one where the Arabic word has none is another name (دين dyn is Din, not Dina or
            // Dena), but for the silent e of French spellings (Hassane, Abderrahmane) and a short vowel after a final h.
            if (a == 0)
            {
                if ((g == 0 && latinVowel) || (g == abjad.Length - 1 && latinVowel && l != (LongA | LongY) && !(endsInH && (l & Cluster) == 0)))
                {
                    return (written, missing, int.MaxValue);
                }

                other += (l & Cluster) != 0 ? 1 : 0;
                continue;
            }

            // An initial alif or ayn carries any vowel; a final ya may be an alif maqsura, read a (عیسی aysy: Issa).
            if (g == 0 && (a & LongA) != 0)
            {
                written++;
                other += latinVowel ? 0 : 1;
                a = (char)(a & ~LongA);
            }

            if (g == abjad.Length - 1 && (a & LongY) != 0 && (l & LongA) != 0)
            {
                l = (char)(l | LongY);
            }

            foreach (var vowel in (ReadOnlySpan<byte>)[LongA, LongW, LongY])
            {
                if ((a & vowel) == 0)
                {
                    continue;
                }

                written++;
                if ((l & vowel) == 0)
                {
                    if (latinVowel)
                    {
                        other++;
                    }
                    else
                    {
                        missing++;
                    }
                }
            }
        }

        return (written, missing, other);
    }

    private static string ClassOf(char c) => c switch
    {
        'b' or 'p' => "B",
        'f' or 'v' => "F",
        't' => "T",
        'd' => "D",
        's' => "S",
        'z' => "Z",
        'k' or 'q' or 'c' => "K",
        'g' => "G",
        'j' => "J",
        'h' => "H",
        'l' => "L",
        'm' => "M",
        'n' => "N",
        'r' => "R",
        _ => string.Empty,
    };

    /// <summary>Builds one skeleton letter by letter.</summary>
    private sealed class Builder(bool latin)
    {
        private readonly System.Text.StringBuilder key = new(12);
        private readonly System.Text.StringBuilder gaps = new(13);
        private byte gap;
        private int vowelsInGap;

        public Builder Copy()
        {
            var copy = new Builder(latin) { gap = gap, vowelsInGap = vowelsInGap };
            copy.key.Append(key);
            copy.gaps.Append(gaps);
            return copy;
        }

        /// <summary>Adds a reading: consonant classes in capitals, vowels as a, w, y or e (see <see cref="ReadLatin"/>).</summary>
        public void Append(string reading)
        {
            foreach (var symbol in reading)
            {
                switch (symbol)
                {
                    case 'a':
                        Vowel(LongA);
                        break;
                    case 'w':
                        Vowel(LongW);
                        break;
                    case 'y':
                        Vowel(LongY);
                        break;
                    case 'e':
                        Vowel(LongA | LongY);
                        break;
                    case '+':
                        // The last consonant again, not merged with it.
                        gaps.Append((char)gap);
                        key.Append(key[^1]);
                        gap = 0;
                        vowelsInGap = 0;
                        break;
                    default:
                        Consonant(symbol);
                        break;
                }
            }
        }

        private void Vowel(byte vowel)
        {
            gap |= vowel;
            vowelsInGap++;
            if (latin && vowelsInGap >= 2)
            {
                gap |= Cluster;
            }
        }

        private void Consonant(char symbol)
        {
            // Arabic script writes a doubled consonant once: Latin's two (Hassan, Akkacha) are one.
            if (key.Length > 0 && key[^1] == symbol && vowelsInGap == 0)
            {
                return;
            }

            gaps.Append((char)gap);
            key.Append(symbol);
            gap = 0;
            vowelsInGap = 0;
        }

        /// <summary>True when the word so far ends in a long a (after its last consonant).</summary>
        public bool EndsInA => (gap & LongA) != 0;

        public Skeleton Finish()
        {
            gaps.Append((char)gap);
            return new Skeleton(key.ToString(), gaps.ToString());
        }
    }
}
