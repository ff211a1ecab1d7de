namespace Custos.Screening.Text;

/// <summary>
/// A Hangul syllable in Latin letters as the sanctions lists write Korean names: the romanisation of the DPRK (McCune–
/// Reischauer without its breves and apostrophes), each syllable written as it begins a word — <c>김정은</c> KIM Jong
/// Un, <c>리병철</c> RI Pyong Chol, <c>최룡해</c> CHOE Ryong Hae, <c>박봉주</c> PAK Pong Ju. The Revised Romanisation of the
/// South, which a general transliteration gives (<c>gim jeong eun</c>, <c>ri byeong cheol</c>), writes the same names
/// with other letters for most initials and vowels (g/k, b/p, d/t, eo/o, eu/u), far apart as spellings.
/// </summary>
/// <remarks>
/// The syllable is taken apart into its initial, vowel and final (Unicode's arithmetic of the precomposed syllables,
/// U+AC00 to U+D7A3). The aspirates are written without their mark (<c>ㅊ</c> ch, <c>ㅋ</c> k, <c>ㅌ</c> t, <c>ㅍ</c> p) as
/// foreign names written in Hangul need them (<c>푸틴</c> Putin); a final is written as it sounds at the end of a word.
/// The lists' DPRK names (164 people in the 2024 SDN) write these spellings: kim 38, chol 26, ri 21, yong 14, jong 13,
/// pak 9, choe 9, kyong 9, tong 4, pyong 3.
/// </remarks>
internal static class KoreanRomanization
{
    private static readonly string[] Initials =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] Vowels =
        ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True for a precomposed Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>The syllable in Latin letters (<c>김</c> kim, <c>정</c> jong, <c>은</c> un).</summary>
    /// <param name="syllable">A precomposed Hangul syllable (<see cref="IsSyllable"/>).</param>
    public static string Of(char syllable)
    {
        if (!IsSyllable(syllable))
        {
            throw new ArgumentOutOfRangeException(nameof(syllable), syllable, "not a precomposed Hangul syllable");
        }

        var index = syllable - '\uAC00';
        return string.Concat(Initials[index / (21 * 28)], Vowels[index % (21 * 28) / 28], Finals[index % 28]);
    }
}
