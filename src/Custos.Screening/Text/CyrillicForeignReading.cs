using System.Buffers;

namespace Custos.Screening.Text;

/// <summary>
/// A second reading of a name written in Cyrillic, as Russian writes a name of another language. Russian has no h: it
/// writes one as <c>х</c> (<c>Хойос</c> for Hoyos, <c>Ху Лианхе</c> for Hu Lianhe, <c>Хёк</c> for the Korean Hyok),
/// which the lists' transliteration, and this matcher's, read back as <c>kh</c>; and it writes the yo of a foreign name
/// as <c>ё</c> (<c>Хёк</c>, <c>Хоёс</c>), which transliteration, as Russian passports and most Russian text, reads as
/// <c>e</c>. A short word then lands far from its Latin spelling (<c>khu</c> / <c>hu</c>, <c>khek</c> / <c>hyok</c>). The
/// reading writes <c>х</c> as <c>һ</c> (the Cyrillic h of Kazakh, Tatar and Bashkir, transliterated <c>h</c>) and
/// <c>ё</c> as <c>йо</c>; the screen scores the candidates of both readings and keeps each entry's better score, so a
/// Russian name keeps its own (<c>Михаил</c> is <c>mikhail</c> as before).
/// </summary>
internal static class CyrillicForeignReading
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("хХёЁ");

    /// <summary>What an explanation says of a score this reading gave (<see cref="Matching.MatchExplanation.Reading"/>).</summary>
    public const string Description = "read as Russian writes a name of another language: х as h, ё as yo";

    /// <summary>The name with <c>х</c> written <c>һ</c> and <c>ё</c> written <c>йо</c>, or null when it has neither.</summary>
    /// <param name="name">A name as given.</param>
    public static string? Of(string name)
    {
        var first = name.AsSpan().IndexOfAny(Letters);
        if (first < 0)
        {
            return null;
        }

        var reading = new System.Text.StringBuilder(name.Length + 4);
        reading.Append(name, 0, first);
        for (var i = first; i < name.Length; i++)
        {
            _ = name[i] switch
            {
                'х' => reading.Append('һ'),
                'Х' => reading.Append('Һ'),
                'ё' => reading.Append("йо"),
                'Ё' => reading.Append(i + 1 < name.Length && char.IsUpper(name[i + 1]) ? "ЙО" : "Йо"),
                var c => reading.Append(c),
            };
        }

        return reading.ToString();
    }
}
