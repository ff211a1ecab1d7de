using System.Text;

namespace Custos.Screening.Text;

/// <summary>Cyrillic and Greek letters drawn like Latin ones, inside a Latin word.</summary>
public static partial class NameNormalizer
{
    /// <summary>
    /// In a word that mixes Latin letters with Cyrillic or Greek ones drawn like them (<c>РUTIN</c> with a Cyrillic Р,
    /// <c>VLАDIMIR</c> with a Cyrillic А), the look-alikes are read as the Latin letters they look like: a word is written
    /// in one script, and letters of another slipped in are a typing accident or a way to get a name past a screen.
    /// Transliterated, the Cyrillic Р would be an r. A word written in Cyrillic or Greek alone is left to transliteration.
    /// </summary>
    private static string LatinLookAlikes(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0370', '\u052F') < 0)
        {
            return text;
        }

        StringBuilder? result = null;
        for (var start = 0; NextLetterRun(text, ref start, out var end); start = end)
        {
            bool latin = false, lookAlike = false, other = false;
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                latin |= char.IsAsciiLetter(c);
                var isLookAlike = c is >= '\u0370' and <= '\u052F' && LookAlikeOf(c) != '\0';
                lookAlike |= isLookAlike;
                other |= !char.IsAsciiLetter(c) && !isLookAlike && c is >= '\u0370' and <= '\u052F';
            }

            if (latin && lookAlike && !other)
            {
                result ??= new StringBuilder(text);
                for (var i = start; i < end; i++)
                {
                    var latinLetter = LookAlikeOf(text[i]);
                    if (latinLetter != '\0')
                    {
                        result[i] = latinLetter;
                    }
                }
            }
        }

        return result?.ToString() ?? text;
    }

    /// <summary>The Latin letter a Cyrillic or Greek letter is drawn like, or <c>\0</c>. The Cyrillic у is not among
    /// them: in a word half transliterated (<c>PуTIN</c>) it is the u it stands for.</summary>
    private static char LookAlikeOf(char c) => c switch
    {
        'А' or 'Α' => 'A', 'В' or 'Β' => 'B', 'Е' or 'Ε' => 'E', 'Ѕ' => 'S', 'І' or 'Ι' => 'I', 'Ј' => 'J', 'К' or 'Κ' => 'K',
        'М' or 'Μ' => 'M', 'Н' or 'Η' => 'H', 'О' or 'Ο' => 'O', 'Р' or 'Ρ' => 'P', 'С' => 'C', 'Т' or 'Τ' => 'T',
        'Х' or 'Χ' => 'X', 'Ζ' => 'Z', 'Ν' => 'N', 'Υ' => 'Y',
        'а' => 'a', 'е' => 'e', 'ѕ' => 's', 'і' => 'i', 'ј' => 'j', 'о' or 'ο' => 'o', 'р' => 'p', 'с' => 'c', 'х' => 'x',
        'ԁ' => 'd', 'ԛ' => 'q', 'ԝ' => 'w', 'ν' => 'v', 'κ' => 'k',
        _ => '\0',
    };
}
