using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Application.Policy;

/// <summary>
/// Reads the evidence of political character: the conduct vocabulary, the multilingual lexicon, the jurisdictions'
/// statutes and the weights and thresholds of the predominance assessment.
/// </summary>
internal static class EvidenceReader
{
    /// <summary><c>conducts: { id: "description" }</c>.</summary>
    public static Dictionary<string, string> ReadConducts(YamlMap? map)
    {
        var conducts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return conducts;
        }

        foreach (var (key, _, line) in map.Entries())
        {
            CheckId(map, map.Child(key), line, key);
            conducts[key] = map.String(key) ?? "";
        }

        return conducts;
    }

    /// <summary><c>lexicon: [ { id, theme, conduct?, source, terms: { en: [...], ru: [...] } } ]</c>.</summary>
    public static LexiconGroup ReadLexiconGroup(YamlMap map)
    {
        var entries = new List<LexiconEntry>();
        if (map.Map("terms", required: true) is { } terms)
        {
            foreach (var (language, _, line) in terms.Entries())
            {
                if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
                {
                    map.Errors.Add(PolicyErrors.BadValue(terms.Child(language), line, $"'{language}' is not an ISO 639-1 language code (two or three small letters)."));
                }

                entries.AddRange(Terms(terms, language, required: true, SearchTerm.Phrase).Select(t => new LexiconEntry(t, language)));
            }

            terms.Done();
        }

        var group = new LexiconGroup
        {
            Id = map.String("id") ?? "",
            Theme = map.Enum<PoliticalTheme>("theme") ?? default,
            Conduct = map.String("conduct", required: false),
            Source = map.String("source") ?? "",
            Entries = entries,
        };
        map.Done();
        return group;
    }

    /// <summary>One statute of a jurisdiction.</summary>
    public static Statute ReadStatute(YamlMap map)
    {
        var statute = new Statute
        {
            Id = map.String("id") ?? "",
            Name = map.String("name") ?? "",
            Codes = Terms(map, "codes", required: true, SearchTerm.Phrase),
            Articles = Terms(map, "articles", required: false, SearchTerm.Article),
            Themes = map.Enums<PoliticalTheme>("themes", required: true),
            Conduct = map.String("conduct", required: false),
            From = map.Date("from", required: true) ?? default,
            To = map.Date("to"),
            Source = map.String("source") ?? "",
        };
        if (statute.To is { } to && to <= statute.From)
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Child("to"), map.Line(), "'to' must be after 'from'."));
        }

        map.Done();
        return statute;
    }

    /// <summary><c>predominance:</c> the weights, what counts as each signal, and the levels' thresholds.</summary>
    public static PredominanceSettings ReadPredominance(YamlMap? map)
    {
        if (map is null)
        {
            return PredominanceSettings.None;
        }

        var settings = new PredominanceSettings
        {
            Source = map.String("source") ?? "",
            Weights = Keyed<PoliticalSignal, int>(map.Map("weights", required: true), Weight),
            JurisdictionWeights = Keyed<FreedomHouseStatus, int>(map.Map("jurisdiction"), Weight),
            PoliticalOffences = map.Enums<OffenceCategory>("politicalOffences"),
            OrdinaryOffences = map.Enums<OffenceCategory>("ordinaryOffences"),
            RequesterTypes = map.Enums<AgencyType>("requesterTypes"),
            ProtectedStatuses = map.Strings("protectedStatuses"),
            GroupTargetTypes = map.Enums<TargetType>("groupTargetTypes"),
            MaxReach = map.Int("maxReach"),
            Levels = Keyed<PredominanceLevel, PredominanceThreshold>(map.Map("levels", required: true), ReadThreshold),
        };
        map.Done();
        return settings;
    }

    private static (bool Ok, int Value) Weight(YamlMap map, string key) => map.SignedInt(key) is { } weight ? (true, weight) : (false, 0);

    private static (bool Ok, PredominanceThreshold? Value) ReadThreshold(YamlMap parent, string key)
    {
        if (parent.Map(key) is not { } map)
        {
            return (false, null);
        }

        var threshold = new PredominanceThreshold(
            map.SignedInt("minScore", required: true) ?? 0,
            map.Int("minRequestSignals", required: true) ?? 0,
            map.Int("minSubstantiveSignals", required: true) ?? 0);
        map.Done();
        return (true, threshold);
    }

    /// <summary>A mapping whose keys are enum values (kebab-case) and whose values are read by <paramref name="read"/>.</summary>
    private static Dictionary<TKey, TValue> Keyed<TKey, TValue>(YamlMap? map, Func<YamlMap, string, (bool Ok, TValue? Value)> read)
        where TKey : struct, Enum
    {
        var result = new Dictionary<TKey, TValue>();
        if (map is null)
        {
            return result;
        }

        foreach (var (key, _, line) in map.Entries().ToList())
        {
            if (!KebabCase.TryParse<TKey>(key, out var parsed) || (parsed is PredominanceLevel level && level == PredominanceLevel.None))
            {
                var allowed = Enum.GetValues<TKey>().Where(v => v is not PredominanceLevel.None).Select(v => KebabCase.Format(v));
                map.Errors.Add(PolicyErrors.BadValue(map.Child(key), line, $"'{key}' is not one of: {string.Join(", ", allowed)}."));
                continue;
            }

            if (read(map, key) is (true, { } value))
            {
                result[parsed] = value;
            }
        }

        map.Done();
        return result;
    }

    /// <summary>An optional list of phrases (<see cref="SearchTerm.Phrase"/>).</summary>
    public static List<SearchTerm> Phrases(YamlMap map, string key) => Terms(map, key, required: false, SearchTerm.Phrase);

    /// <summary>A list of terms; a term with no letter or digit is an error naming it.</summary>
    private static List<SearchTerm> Terms(YamlMap map, string key, bool required, Func<string, SearchTerm> make)
    {
        var terms = new List<SearchTerm>();
        foreach (var text in map.Strings(key, required))
        {
            if (!text.Any(char.IsLetterOrDigit))
            {
                map.Errors.Add(PolicyErrors.BadValue(map.Child(key), map.Line(), $"'{text}' has no letter or digit to look for."));
                continue;
            }

            terms.Add(make(text));
        }

        return terms;
    }

    private static void CheckId(YamlMap map, string path, int line, string id)
    {
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
        {
            map.Errors.Add(PolicyErrors.BadValue(path, line, $"'{id}' is not an id (small letters, digits, '-' and '.')."));
        }
    }
}
