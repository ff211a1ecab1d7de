using System.Collections.Frozen;
using System.Globalization;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>Country names and codes reduced to one comparable form (<c>RU</c>, <c>Russia</c>, <c>Russian Federation</c> → <c>russia</c>).</summary>
internal static class CountryNames
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["russian federation"] = "russia", ["iran islamic republic of"] = "iran", ["islamic republic of iran"] = "iran",
        ["syrian arab republic"] = "syria", ["democratic peoples republic of korea"] = "north korea", ["dprk"] = "north korea",
        ["republic of korea"] = "south korea", ["korea republic of"] = "south korea", ["usa"] = "united states",
        ["united states of america"] = "united states", ["us"] = "united states", ["uk"] = "united kingdom",
        ["great britain"] = "united kingdom", ["united kingdom of great britain and northern ireland"] = "united kingdom",
        ["venezuela bolivarian republic of"] = "venezuela", ["bolivarian republic of venezuela"] = "venezuela",
        ["lao peoples democratic republic"] = "laos", ["viet nam"] = "vietnam", ["turkiye"] = "turkey",
        ["burma"] = "myanmar", ["czechia"] = "czech republic", ["the gambia"] = "gambia", ["palestinian"] = "palestine",
        ["state of palestine"] = "palestine", ["united republic of tanzania"] = "tanzania", ["cote divoire"] = "ivory coast",
        ["democratic republic of the congo"] = "congo democratic republic", ["congo democratic republic of the"] = "congo democratic republic",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Normalize(string country)
    {
        var trimmed = country.Trim();
        if (trimmed.Length is 2 or 3 && trimmed.All(char.IsAsciiLetter))
        {
            try
            {
                trimmed = new RegionInfo(trimmed.ToUpperInvariant()).EnglishName;
            }
            catch (ArgumentException)
            {
                // not an ISO 3166 code: compare the text as it is
            }
        }

        var ascii = NameNormalizer.ToAsciiLower(trimmed);
        var comma = ascii.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && ascii.IndexOf(',', comma + 1) < 0)
        {
            ascii = ascii[(comma + 1)..] + " " + ascii[..comma];
        }

        var words = ascii.Split([' ', '.', '\'', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return Aliases.TryGetValue(text, out var alias) ? alias : text;
    }
}
