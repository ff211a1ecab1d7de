namespace Custos.Screening.Matching;

/// <summary>Spellings of one word that differ by a doubled letter or a softening y or j.</summary>
internal static partial class TokenSimilarity
{
    private static bool IsSoftSign(string text, int i) =>
        text[i] is 'y' or 'j' && i > 0 && i + 1 < text.Length && !IsVowelLetter(text[i - 1]) && IsVowelLetter(text[i + 1]) && text[i + 1] != 'y';

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool HasSoftSign(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (IsSoftSign(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the spellings are the same without the y or j that softens a consonant before a vowel.</summary>
    private static bool HardenedEqual(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsSoftSign(a, i))
            {
                i++;
            }

            while (j < b.Length && IsSoftSign(b, j))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    /// <summary>True when a spelling writes a long vowel as a digraph (<c>oo</c>, <c>ee</c>: <see cref="LongVowelEqual"/>).</summary>
    private static bool HasLongVowel(string text) => text.Contains("oo", StringComparison.Ordinal) || text.Contains("ee", StringComparison.Ordinal);

    /// <summary>
    /// True when the spellings are the same with <c>oo</c> read as <c>u</c> and <c>ee</c> as <c>i</c>: transliterations
    /// of Persian, Arabic and Urdu made for English readers write the long vowels so (<c>Noor</c>, <c>Rooya</c>,
    /// <c>Ameen</c>, <c>Haroon</c>), the others <c>u</c> and <c>i</c> (<c>Nur</c>, <c>Ruya</c>, <c>Amin</c>, <c>Harun</c>).
    /// Not <c>ou</c> for <c>u</c>: in Mandarin <c>Zhou</c> and <c>Zhu</c> are two names.
    /// </summary>
    private static bool LongVowelEqual(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (IsDigraphAt(a, i) && !IsDigraphAt(b, j) && b[j] == ShortOf(a[i]))
            {
                i += 2;
                j++;
            }
            else if (IsDigraphAt(b, j) && !IsDigraphAt(a, i) && a[i] == ShortOf(b[j]))
            {
                i++;
                j += 2;
            }
            else if (a[i] == b[j])
            {
                i++;
                j++;
            }
            else
            {
                return false;
            }
        }

        return i == a.Length && j == b.Length;

        static bool IsDigraphAt(string text, int at) => at + 1 < text.Length && text[at] is 'o' or 'e' && text[at + 1] == text[at];

        static char ShortOf(char vowel) => vowel == 'o' ? 'u' : 'i';
    }

    /// <summary>True when the spellings are the same with each run of a repeated letter written once.</summary>
    private static bool SqueezedEqual(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] != b[j])
            {
                return false;
            }

            var c = a[i];
            while (i < a.Length && a[i] == c)
            {
                i++;
            }

            while (j < b.Length && b[j] == c)
            {
                j++;
            }
        }

        return i == a.Length && j == b.Length;
    }

    private static bool HasRun(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when two spellings are the same with the letters that transliterations write one for the other made one:
    /// <c>c</c> and <c>q</c> as <c>k</c> (Russian, German and Spanish write <c>Kanada</c>, <c>Okean</c>, <c>Kasim</c> where
    /// English writes <c>Canada</c>, <c>Ocean</c>, <c>Qasim</c>), <c>w</c> as <c>v</c> (<c>Iwanow</c>), <c>y</c> as
    /// <c>i</c> (<c>Rei</c> / <c>Rey</c>, <c>Iuan</c> / <c>Yuan</c>), <c>x</c> as <c>ks</c> (<c>Ksing</c> / <c>Xing</c>),
    /// and the French <c>dj</c> as <c>j</c> (<c>Fadjr</c> / <c>Fajr</c>). Compared as written, without making a string.
    /// </summary>
    private static bool TransliteratedEqual(string a, string b, bool jAsY = false)
    {
        var first = new TransliteratedLetterWalk(a, jAsY);
        var second = new TransliteratedLetterWalk(b, jAsY);
        while (true)
        {
            var c = first.Next();
            if (c != second.Next())
            {
                return false;
            }

            if (c == '\0')
            {
                return true;
            }
        }
    }

    /// <summary>
    /// True when two spellings are the same with a <c>j</c> in one where the other writes a <c>y</c> (and the other letters
    /// of <see cref="TransliteratedEqual"/> made one): German, Dutch, the Slavic and Scandinavian languages write a j
    /// for the sound English writes y (<c>Jan</c> / <c>Yan</c>, <c>Sajjad</c> / <c>Sayyad</c>, <c>Jusuf</c> / <c>Yusuf</c>).
    /// Not for words that read as Mandarin or Korean syllables (asked by the caller), where j and y are other sounds
    /// (<c>jin</c> / <c>yin</c>, <c>Jang</c> / <c>Yang</c>), nor for words of two letters.
    /// </summary>
    private static bool JWrittenAsY(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && a.AsSpan().IndexOfAny('j', 'y') >= 0 && b.AsSpan().IndexOfAny('j', 'y') >= 0
        && (a.Contains('j', StringComparison.Ordinal) || b.Contains('j', StringComparison.Ordinal)) && TransliteratedEqual(a, b, jAsY: true);

    /// <summary>The letter a transliterated spelling's letter is compared as (<see cref="TransliteratedEqual"/>);
    /// <c>x</c> is <c>k</c> followed by <c>s</c>.</summary>
    private static char TransliteratedLetter(char c) => c switch
    {
        'c' or 'q' or 'x' => 'k',
        'w' => 'v',
        'y' => 'i',
        _ => c,
    };

    /// <summary>The letters of a spelling as <see cref="TransliteratedEqual"/> compares them, one at a time; <c>\0</c> at
    /// the end. A repeated letter is not written once: made one, the letters of <c>qayyim</c> (قيّم) would be those of
    /// <c>qaim</c> (قائم), another name, and <c>maleeq</c> those of <c>malek</c>.</summary>
    /// <param name="text">The spelling.</param>
    /// <param name="jAsY">True to compare a <c>j</c> (not of a <c>dj</c>) as a <c>y</c>, and a <c>y</c> as itself rather
    /// than as an <c>i</c> (<see cref="JWrittenAsY"/>).</param>
    private ref struct TransliteratedLetterWalk(string text, bool jAsY)
    {
        private int at;
        private char pending;

        public char Next()
        {
            if (pending != '\0')
            {
                var c = pending;
                pending = '\0';
                return c;
            }

            if (at == text.Length)
            {
                return '\0';
            }

            var written = text[at++];

            // French writes dj for the j of Arabic and other languages (Djamel, Fadjr, Hadj: Jamal, Fajr, Haj).
            if (written == 'd' && at < text.Length && text[at] == 'j')
            {
                written = text[at++];
                if (jAsY)
                {
                    return written;
                }
            }

            pending = written == 'x' ? 's' : '\0';
            return jAsY && written is 'j' or 'y' ? 'y' : TransliteratedLetter(written);
        }
    }
}
