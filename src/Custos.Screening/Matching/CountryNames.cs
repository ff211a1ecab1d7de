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

    /// <summary>ISO 3166 alpha-2 and alpha-3 codes, lower case, → the country's English name, from the regions of the
    /// cultures the platform knows (<c>ru</c>, <c>rus</c> → Russia).</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> Codes = new(BuildCodes);

    public static string Normalize(string country)
    {
        var trimmed = country.Trim();
        if (MayBeCode(trimmed))
        {
            trimmed = NameOfCode(trimmed) ?? trimmed;
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

    /// <summary>False for two or three letters that are neither an ISO 3166 code nor a known short name (<c>UK</c>,
    /// <c>USA</c>): a code mistyped, which compared as text would contradict every listed country.</summary>
    public static bool IsRecognised(string country)
    {
        var trimmed = country.Trim();
        return !MayBeCode(trimmed) || NameOfCode(trimmed) is not null || Aliases.ContainsKey(trimmed.ToLowerInvariant());
    }

    /// <summary>Two or three letters: an ISO 3166 code, if any.</summary>
    private static bool MayBeCode(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetter);

    private static string? NameOfCode(string code)
    {
        if (Codes.Value.TryGetValue(code.ToLowerInvariant(), out var name))
        {
            return name;
        }

        try
        {
            return code.Length == 2 ? new RegionInfo(code.ToUpperInvariant()).EnglishName : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static FrozenDictionary<string, string> BuildCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            // Regions without an ISO code of their own (001 World, 150 Europe) have digits; none is a country.
            if (region.TwoLetterISORegionName.Length == 2 && region.TwoLetterISORegionName.All(char.IsAsciiLetter))
            {
                codes.TryAdd(region.TwoLetterISORegionName.ToLowerInvariant(), region.EnglishName);
                codes.TryAdd(region.ThreeLetterISORegionName.ToLowerInvariant(), region.EnglishName);
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
