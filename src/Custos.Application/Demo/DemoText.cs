using System.Globalization;
using System.Text;

namespace Custos.Application.Demo;

/// <summary>Text helpers for the demo data: e-mail local parts are ASCII even when names are not.</summary>
internal static class DemoText
{
    /// <summary>Lower-case ASCII letters of a Latin-script name: accents dropped, ł→l, ß→ss, ı→i; spaces, hyphens and apostrophes removed.</summary>
    public static string AsciiLetters(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var mapped = c switch
            {
                'ł' or 'Ł' => "l",
                'ß' => "ss",
                'ı' => "i",
                'đ' or 'Đ' => "d",
                'ø' or 'Ø' => "o",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                _ when char.IsAsciiLetter(c) => char.ToLowerInvariant(c).ToString(),
                _ => "",
            };
            builder.Append(mapped);
        }

        return builder.ToString();
    }

    /// <summary>Fills an address format: <c>{s}</c> street, <c>{n}</c> house number, <c>{m}</c> flat number.</summary>
    public static string Address(DemoRandom random, DemoCountry country) =>
        country.AddressFormat
            .Replace("{s}", random.Pick(country.Streets), StringComparison.Ordinal)
            .Replace("{n}", (1 + random.Next(180)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", (1 + random.Next(120)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
