using System.Globalization;
using System.Text;

namespace Custos.Domain.Policy;

/// <summary>
/// A text prepared for culture-free matching in any script: compatibility forms unfolded (full-width letters, ligatures),
/// combining marks dropped (<c>é</c> → <c>e</c>, Arabic vowel signs, the dot of <c>İ</c>), case folded with the invariant
/// culture, every decimal digit written 0–9 (Persian <c>۵۰۰</c> → <c>500</c>) and the Arabic and Persian spellings of
/// the same letter made one (<c>ی ي ى</c>, <c>ک ك</c>, <c>ة ه</c>). Terms of the policy are folded the same way, so a
/// description typed with or without accents, in upper or lower case, matches.
/// </summary>
public sealed class FoldedText
{
    private readonly ulong _initialsLow;
    private readonly ulong _initialsHigh;

    private FoldedText(string plain, string words)
    {
        Plain = plain;
        Words = words;
        foreach (var c in plain)
        {
            Scripts |= ScriptOf(c);
        }

        // The ASCII characters that start a word, so a term starting with another letter is ruled out without a search.
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i - 1] == ' ' && words[i] < 128)
            {
                if (words[i] < 64)
                {
                    _initialsLow |= 1UL << words[i];
                }
                else
                {
                    _initialsHigh |= 1UL << (words[i] - 64);
                }
            }
        }
    }

    public static FoldedText Empty { get; } = new("", " ");

    /// <summary>The classes of writing system the text uses.</summary>
    public ScriptClass Scripts { get; }

    /// <summary>The folded text with its punctuation kept (for article numbers such as <c>207.3</c>).</summary>
    public string Plain { get; }

    /// <summary>
    /// The folded text as words: every run of characters that are neither letters, digits nor spacing marks is one space,
    /// and the whole starts and ends with a space, so a word start is always preceded by one.
    /// </summary>
    public string Words { get; }

    public static FoldedText Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        var plain = FoldPlain(text);
        return new FoldedText(plain, ToWords(plain));
    }

    /// <summary>Whether a word of the text starts with <paramref name="initial"/> (an ASCII character); true for any other character.</summary>
    public bool MayStartAWord(char initial) =>
        initial >= 128 || (initial < 64 ? (_initialsLow & (1UL << initial)) != 0 : (_initialsHigh & (1UL << (initial - 64))) != 0);

    /// <summary>The class of writing system of a folded character.</summary>
    public static ScriptClass ScriptOf(char c) => c switch
    {
        >= '0' and <= '9' => ScriptClass.Digit,
        < '\u0250' => char.IsLetter(c) ? ScriptClass.Latin : ScriptClass.None,
        >= '\u0370' and < '\u0400' => ScriptClass.Greek,
        >= '\u0400' and < '\u0530' => ScriptClass.Cyrillic,
        >= '\u0530' and < '\u0590' => ScriptClass.Armenian,
        >= '\u0590' and < '\u0600' => ScriptClass.Hebrew,
        (>= '\u0600' and < '\u0780') or (>= '\u08A0' and < '\u0900') or (>= '\uFB50' and < '\uFE00') or (>= '\uFE70' and < '\uFF00') => ScriptClass.Arabic,
        >= '\u0900' and < '\u0E00' => ScriptClass.Indic,
        >= '\u0E00' and < '\u0F00' => ScriptClass.Thai,
        >= '\u10A0' and < '\u1100' => ScriptClass.Georgian,
        (>= '\u1100' and < '\u1200') or (>= '\uAC00' and < '\uD7B0') => ScriptClass.Hangul,
        (>= '\u2E80' and < '\uA000') or (>= '\uF900' and < '\uFB00') => ScriptClass.Cjk,
        >= '\u1E00' and < '\u1F00' => ScriptClass.Latin,
        _ => char.IsLetter(c) || char.IsSurrogate(c) ? ScriptClass.Other : ScriptClass.None,
    };

    /// <summary>Folds one piece of text without splitting it into words (case, marks, digits, letter variants).</summary>
    public static string FoldPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || c == '\u0640')
            {
                // Combining marks (accents, Arabic vowel signs) and the Arabic tatweel, which only stretches a word.
                continue;
            }

            if (category == UnicodeCategory.Format)
            {
                // A zero-width non-joiner separates parts of a Persian word; other format characters only steer display.
                if (c == '\u200C')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
                continue;
            }

            builder.Append(Letter(c));
        }

        return builder.ToString();
    }

    private static char Letter(char c) => c switch
    {
        '\u0131' => 'i',                                // dotless i (Turkish)
        '\u06CC' or '\u0649' => '\u064A',               // Persian yeh, alef maksura → Arabic yeh
        '\u06A9' => '\u0643',                           // Persian keheh → Arabic kaf
        '\u0629' or '\u06D5' => '\u0647',               // teh marbuta, ae → heh
        _ => char.ToLowerInvariant(c),
    };

    private static string ToWords(string plain)
    {
        var builder = new StringBuilder(plain.Length + 2);
        builder.Append(' ');
        foreach (var c in plain)
        {
            if (IsWordCharacter(c))
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Letters, digits, spacing marks (Indic vowel signs) and the halves of characters outside the basic plane.</summary>
    internal static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpacingCombiningMark;
}
