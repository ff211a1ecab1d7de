using System.Text;

namespace Custos.Screening.Text;

/// <summary>
/// A phonetic skeleton of a lower-case ASCII name token on which the spellings that transliteration standards
/// disagree on meet: consonants are mapped to classes (the labials b/p/f/v/w/ph, which Arabic and Hebrew script do not tell apart the way Latin does; k/g/q/c/ck; t/d/th/dh; s/z/ts/x's s; sh/sch/shch/sz;
/// ch/tch/tsch/cz/tj; j/zh/dj/dzh/dsch; kh/h), vowels (with y, and j or w where they stand for vowels) are dropped
/// except that a leading vowel leaves a mark, an inner h is dropped, and repeated classes collapse.
/// </summary>
/// <remarks>
/// So <c>Mohammed</c>, <c>Muhammad</c>, <c>Mohamad</c> and <c>Mehmet</c> give <c>MT</c>; <c>Smirnoff</c> and
/// <c>Smirnov</c> give <c>SMRNB</c>; <c>Zelenskyy</c> and <c>Selenskyj</c> give <c>SLNSK</c>; <c>al</c>, <c>el</c>
/// and <c>ul</c> give <c>AL</c>. The key is one signal among several: the matcher also compares the spellings.
/// </remarks>
public static class PhoneticKey
{
    /// <summary>The skeleton of <paramref name="token"/> (lower-case ASCII letters and digits).</summary>
    /// <param name="token">A normalised token.</param>
    public static string Of(string token) => Of(token, keepInnerH: false);

    /// <summary>
    /// The skeleton of <paramref name="token"/> with an inner <c>h</c> (or <c>kh</c>) kept. A spelling without vowels
    /// (an abjad script's, transliterated) writes every consonant it has, <c>h</c> among them: <c>mhmd</c> has the key
    /// of <c>Mahmood</c> this way, <c>mty</c> (whose <see cref="Of(string)"/> is the same <c>MT</c>) does not.
    /// </summary>
    /// <param name="token">A normalised token.</param>
    internal static string WithInnerH(string token) => Of(token, keepInnerH: true);

    private static string Of(string token, bool keepInnerH)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0)
        {
            return token;
        }

        // Each letter gives at most two symbols (x as KS); a key is built on the stack.
        Span<char> symbols = token.Length <= 64 ? stackalloc char[(2 * token.Length) + 2] : new char[(2 * token.Length) + 2];
        var count = 0;
        var i = 0;
        while (i < token.Length)
        {
            var (symbol, length) = Next(token, i);
            if (symbol.Length == 0)
            {
                symbols[count++] = token[i];
            }
            else
            {
                symbol.AsSpan().CopyTo(symbols[count..]);
                count += symbol.Length;
            }

            i += length;
        }

        Span<char> key = token.Length <= 64 ? stackalloc char[count] : new char[count];
        var keyLength = 0;
        for (var k = 0; k < count; k++)
        {
            var s = symbols[k];
            if (s == '*')
            {
                if (k == 0)
                {
                    key[keyLength++] = 'A';
                }

                continue;
            }

            if (s == 'H' && k > 0 && !keepInnerH)
            {
                continue;
            }

            if (keyLength > 0 && key[keyLength - 1] == s)
            {
                continue;
            }

            key[keyLength++] = s;
        }

        return keyLength == 0 ? token : new string(key[..keyLength]);
    }

    /// <summary>
    /// A looser skeleton for names transcribed through Chinese, Japanese or Korean syllables, which have no l against r,
    /// no ti (チ chi, 京 jing), no final consonant but n and ng, and no v: on top of <see cref="Of(string)"/>, r is l, m is n,
    /// ch and j are t, ng is n, and a leading vowel is dropped. So プーチン (puchin), 普京 (pujing) and Putin give
    /// <c>BTN</c>; ドナルド (donarudo) and Donald give <c>TNLT</c>; 贝拉克 (beilake) and Barack give <c>BLK</c>.
    /// </summary>
    /// <param name="token">A normalised token.</param>
    public static string Loose(string token)
    {
        var key = Of(token);
        var loose = new StringBuilder(key.Length);
        for (var k = 0; k < key.Length; k++)
        {
            var symbol = key[k] switch
            {
                'R' => 'L',
                'M' => 'N',
                'C' or 'J' => 'T',
                var other => other,
            };
            if ((symbol == 'A' && k == 0) || (symbol == 'K' && loose.Length > 0 && loose[^1] == 'N'))
            {
                continue;
            }

            if (loose.Length == 0 || loose[^1] != symbol)
            {
                loose.Append(symbol);
            }
        }

        return loose.ToString();
    }

    private static (string Symbol, int Length) Next(string t, int i)
    {
        // The clusters of three and four letters all start with s, t or d.
        if (t[i] is 's' or 't' or 'd' && i + 2 < t.Length)
        {
            var cluster = Cluster(t, i);
            if (cluster.Length > 0)
            {
                return cluster;
            }
        }

        return Short(t, i);
    }

    private static (string Symbol, int Length) Cluster(string t, int i)
    {
        // German writes the j of Arabic and Russian names dsch (Dschihad, Dschochar: ج, дж).
        if (Starts(t, i, "dsch"))
        {
            return ("J", 4);
        }

        if (Starts(t, i, "shch") || Starts(t, i, "szcz"))
        {
            return ("S", 4);
        }

        if (Starts(t, i, "tsch"))
        {
            return ("C", 4);
        }

        if (Starts(t, i, "sch") || Starts(t, i, "ssh"))
        {
            return ("S", 3);
        }

        if (Starts(t, i, "tch") || Starts(t, i, "tsh"))
        {
            return ("C", 3);
        }

        if (Starts(t, i, "dzh"))
        {
            return ("J", 3);
        }

        return (string.Empty, 0);
    }

    private static (string Symbol, int Length) Short(string t, int i)
    {
        if (i + 1 < t.Length)
        {
            var pair = (t[i], t[i + 1]);
            switch (pair)
            {
                case ('s', 'h'):
                case ('s', 'z'):
                    return ("S", 2);
                case ('c', 'h'):
                case ('c', 'z'):
                    return ("C", 2);
                case ('t', 'j') when i + 2 >= t.Length || IsVowel(t[i + 2]):
                    return ("C", 2);
                case ('z', 'h'):
                case ('d', 'j'):
                    return ("J", 2);
                case ('k', 'h'):
                    return ("H", 2);
                case ('g', 'h'):
                case ('c', 'k'):
                case ('q', 'u'):
                    return ("K", 2);
                case ('p', 'h'):
                    return ("B", 2);
                case ('t', 'h'):
                case ('d', 'h'):
                    return ("T", 2);
                case ('t', 's'):
                case ('t', 'z'):
                    return ("S", 2);
                default:
                    break;
            }
        }

        var c = t[i];
        var next = i + 1 < t.Length ? t[i + 1] : '\0';
        return c switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' or 'y' => ("*", 1),
            'b' or 'p' or 'f' or 'v' => ("B", 1),
            'w' => i > 0 && !IsVowel(t[i - 1]) && t[i - 1] != 'w' && !IsVowel(next) && next != 'w' ? ("*", 1) : ("B", 1),
            'k' or 'g' or 'q' => ("K", 1),
            'c' => next is 'e' or 'i' or 'y' ? ("S", 1) : ("K", 1),
            'x' => i == 0 ? ("S", 1) : ("KS", 1),
            'j' => next == '\0' || (i > 0 && IsVowel(t[i - 1]) && !IsVowel(next)) ? ("*", 1) : ("J", 1),
            't' or 'd' => ("T", 1),
            's' or 'z' => ("S", 1),
            'h' => ("H", 1),
            'l' => ("L", 1),
            'r' => ("R", 1),
            'm' => ("M", 1),
            'n' => ("N", 1),
            _ => (string.Empty, 1),
        };
    }

    private static bool Starts(string t, int i, string prefix) =>
        string.CompareOrdinal(t, i, prefix, 0, prefix.Length) == 0 && i + prefix.Length <= t.Length;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
