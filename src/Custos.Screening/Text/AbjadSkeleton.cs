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
/// consonants it keeps which vowels each spelling
/// writes (<see cref="Skeleton.Gaps"/>): a long vowel that Arabic writes must be written in the Latin spelling too (jmal
/// is Djamel and Jamal, not Jamil).</para>
/// <para>A letter that transliteration standards render in several ways gives several skeletons on the Arabic side
/// (<see cref="OfAbjad"/>): ث th is t or s (Uthman, Usman), ذ and ظ dh (and ض, which the normaliser writes dh) are d or
/// dh, or z (Dhakir, Zakir; Fadl, Fazal: Persian and Urdu read them as z), ج j is also g (Gamal) and ق q also g (Gasim); th may also
/// be t then h (طه Taha), as sh, zh and kh may be s, z and k then h (إسحاق ashaq: Ishaq); و w is a long vowel or, as Persian reads it, v (ولادیمیر Vladimir); a final a, which may be a
/// tāʾ marbūṭa, may be followed by an h (Hamza, Hamzah).</para>
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
    public static Skeleton OfLatin(string text)
    {
        var builder = new Builder(latin: true);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case 'a':
                    builder.Vowel(LongA);
                    break;
                case 'e':
                    builder.Vowel(LongA | LongY);
                    break;
                case 'i' or 'y':
                    builder.Vowel(LongY);
                    break;
                case 'o' or 'u' or 'w':
                    builder.Vowel(LongW);
                    break;
                case 's' when next == 'c' && i + 2 < text.Length && text[i + 2] == 'h':
                    builder.Consonant('C');
                    i += 2;
                    break;
                case 's' or 'c' when next == 'h':
                    builder.Consonant('C');
                    i++;
                    break;
                case 'k' when next == 'h':
                    builder.Consonant('X');
                    i++;
                    break;
                case 'g' when next == 'h':
                    builder.Consonant('G');
                    i++;
                    break;
                case 't' or 'd' when next == 'h':
                    builder.Consonant(c == 't' ? 'T' : 'D');
                    i++;
                    break;
                case 'p' when next == 'h':
                    builder.Consonant('F');
                    i++;
                    break;
                case 'z' when next == 'h':
                case 'd' when next == 'j':
                    builder.Consonant('J');
                    i++;
                    break;
                case 'c':
                    builder.Consonant(next is 'e' or 'i' or 'y' ? 'S' : 'K');
                    break;
                case 'x':
                    builder.Consonant('K');
                    builder.Consonant('S');
                    break;
                default:
                    builder.Consonant(ClassOf(c));
                    break;
            }

            i++;
        }

        return builder.Finish();
    }

    /// <summary>The skeletons of a word transliterated from Arabic script, one for each reading of its ambiguous
    /// letters (at most <see cref="MaxVariants"/>), the first as written.</summary>
    /// <param name="text">A normalised token transliterated from Arabic script.</param>
    public static Skeleton[] OfAbjad(string text)
    {
        var builders = new List<Builder> { new(latin: false) };
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case 'a':
                    Each(builders, b => b.Vowel(LongA));
                    break;
                case 'i' or 'y' or 'e':
                    Each(builders, b => b.Vowel(LongY));
                    break;
                case 'o' or 'u':
                    Each(builders, b => b.Vowel(LongW));
                    break;
                case 'w':
                    // Waw is a long u or o, or a consonant: w in Arabic (Walid, as a vowel here), v in Persian (Vahid).
                    var count = builders.Count;
                    for (var k = 0; k < count; k++)
                    {
                        if (builders.Count < MaxVariants)
                        {
                            var consonant = builders[k].Copy();
                            consonant.Consonant('F');
                            builders.Add(consonant);
                        }

                        builders[k].Vowel(LongW);
                    }

                    break;
                case 'c' when next == 'h':
                    Each(builders, b => b.Consonant('C'));
                    i++;
                    break;
                case 's' when next == 'h':
                    Branch(builders, "C", "SH");
                    i++;
                    break;
                case 'z' when next == 'h':
                    Branch(builders, "J", "ZH");
                    i++;
                    break;
                case 'k' when next == 'h':
                    Branch(builders, "X", "KH");
                    i++;
                    break;
                case 'g' when next == 'h':
                    Each(builders, b => b.Consonant('G'));
                    i++;
                    break;
                case 'd' when next == 'h':
                    Branch(builders, "D", "Z");
                    i++;
                    break;
                case 't' when next == 'h':
                    Branch(builders, "T", "S", "TH");
                    i++;
                    break;
                case 'j':
                    Branch(builders, "J", "G");
                    break;
                case 'q':
                    Branch(builders, "K", "G");
                    break;
                default:
                    var symbol = ClassOf(c);
                    Each(builders, b => b.Consonant(symbol));
                    break;
            }

            i++;
        }

        // A final a may be a tāʾ marbūṭa, which Latin spellings also write ah (حمزة hmza: Hamza, Hamzah).
        if (builders[0].EndsInA)
        {
            Branch(builders, string.Empty, "H");
        }

        var skeletons = new Skeleton[builders.Count];
        for (var k = 0; k < builders.Count; k++)
        {
            skeletons[k] = builders[k].Finish();
        }

        return skeletons;
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
        if (!AbjadSeen.TryGetValue(abjad, out var abjadSkeletons))
        {
            abjadSkeletons = OfAbjad(abjad);
            if (Volatile.Read(ref abjadCount) < MaxSeen && AbjadSeen.TryAdd(abjad, abjadSkeletons))
            {
                Interlocked.Increment(ref abjadCount);
            }
        }

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

    /// <summary>
    /// How alike a word transliterated from Arabic script and a Latin spelling are by their skeletons: zero unless one
    /// of the Arabic word's skeletons has the Latin spelling's consonants; then <see cref="SameSkeleton"/> less
    /// <see cref="MissingVowel"/> for each long vowel the Arabic writes where the Latin spelling writes none, and
    /// <see cref="OtherVowel"/> for each it writes as another vowel, for a Latin pair of vowels where the Arabic writes
    /// none; zero below <see cref="Lowest"/>, and for a Latin spelling that begins or ends with a vowel where the Arabic
    /// word writes none (but a French final e). An initial alif or ayn carries any vowel (أحمد ahmd / Ahmad, إبراهيم
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

            var (written, missing, other) = CompareVowels(skeleton.Gaps, latin.Gaps, skeleton.Key[^1] == 'H');
            if (other == int.MaxValue || (skeleton.Key.Length == 1 && (written < 2 || missing + other > 0)))
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

    private static char ClassOf(char c) => c switch
    {
        'b' or 'p' => 'B',
        'f' or 'v' => 'F',
        't' => 'T',
        'd' => 'D',
        's' => 'S',
        'z' => 'Z',
        'k' or 'q' or 'c' => 'K',
        'g' => 'G',
        'j' => 'J',
        'h' => 'H',
        'l' => 'L',
        'm' => 'M',
        'n' => 'N',
        'r' => 'R',
        _ => '\0',
    };

    private static void Each(List<Builder> builders, Action<Builder> step)
    {
        foreach (var builder in builders)
        {
            step(builder);
        }
    }

    /// <summary>Reads an ambiguous letter each way: every skeleton so far continues with each reading, as long as
    /// there are fewer than <see cref="MaxVariants"/>; past that, as the first reading only.</summary>
    private static void Branch(List<Builder> builders, params string[] readings)
    {
        var count = builders.Count;
        for (var k = 0; k < count; k++)
        {
            for (var r = 1; r < readings.Length && builders.Count < MaxVariants; r++)
            {
                var copy = builders[k].Copy();
                foreach (var symbol in readings[r])
                {
                    copy.Consonant(symbol);
                }

                builders.Add(copy);
            }

            foreach (var symbol in readings[0])
            {
                builders[k].Consonant(symbol);
            }
        }
    }

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

        public void Vowel(byte vowel)
        {
            gap |= vowel;
            vowelsInGap++;
            if (latin && vowelsInGap >= 2)
            {
                gap |= Cluster;
            }
        }

        public void Consonant(char symbol)
        {
            if (symbol == '\0')
            {
                return;
            }

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
