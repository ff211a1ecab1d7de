using Custos.Domain.Common;
using Custos.Domain.Policy;

namespace Custos.Application.Policy;

/// <summary>Reads a jurisdiction profile and its effective-dated facts (<c>- {value, from, to, source}</c> lists).</summary>
internal static class JurisdictionReader
{
    public static JurisdictionProfile Read(string country, YamlMap map)
    {
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Path, map.Line(), $"'{country}' is not an ISO 3166-1 alpha-2 code (two capital letters)."));
        }

        return new JurisdictionProfile
        {
            Country = country,
            Name = map.String("name") ?? "",
            LegalSystem = map.String("legalSystem") ?? "",
            Fiu = map.String("fiu", required: false),
            FreedomHouse = Timeline(map, "freedomHouse", ParseEnum<FreedomHouseStatus>),
            FatfMembership = Timeline(map, "fatfMembership", ParseEnum<FatfMembership>),
            FatfListing = Timeline(map, "fatfListing", ParseEnum<FatfListing>),
            Egmont = Timeline(map, "egmont", ParseEnum<EgmontStatus>),
            InterpolSupervision = Timeline(map, "interpolSupervision", ParseBool),
            Relationship = Timeline(map, "relationship", ParseEnum<PlatformRelationship>),
            EuMember = Timeline(map, "euMember", ParseBool),
            EEvidence = Timeline(map, "eEvidence", ParseBool),
            PressFreedom = Timeline(map, "rsfBand", ParseEnum<PressFreedomBand>),
            Statutes = [.. map.Maps("statutes").Select(EvidenceReader.ReadStatute)],
            ConductNotCriminal = ReadConductNotCriminal(map.Map("conductNotCriminal")),
        };
    }

    /// <summary><c>conductNotCriminal: { blasphemy: [ {value: true, from, source} ] }</c>: each conduct is a dated fact.</summary>
    private static Dictionary<string, Timeline<bool>> ReadConductNotCriminal(YamlMap? map)
    {
        var facts = new Dictionary<string, Timeline<bool>>(StringComparer.Ordinal);
        if (map is null)
        {
            return facts;
        }

        foreach (var (conduct, _, _) in map.Entries().ToList())
        {
            facts[conduct] = Timeline(map, conduct, ParseBool);
        }

        map.Done();
        return facts;
    }

    public static Timeline<T> Timeline<T>(YamlMap map, string key, Func<string, (bool Ok, T Value, string Allowed)> parse)
    {
        var entries = new List<DatedValue<T>>();
        foreach (var item in map.Maps(key))
        {
            var text = item.String("value");
            var from = item.Date("from", required: true);
            var to = item.Date("to");
            var source = item.String("source");
            item.Done();
            if (text is null || from is null || source is null)
            {
                continue;
            }

            var (ok, value, allowed) = parse(text);
            if (!ok)
            {
                map.Errors.Add(PolicyErrors.BadValue(item.Child("value"), item.Line(), $"'{text}' is not one of: {allowed}."));
                continue;
            }

            if (to is not null && to <= from)
            {
                map.Errors.Add(PolicyErrors.BadValue(item.Child("to"), item.Line(), "'to' must be after 'from'."));
            }

            if (entries.Any(e => e.From == from))
            {
                map.Errors.Add(PolicyErrors.Duplicate(item.Path, item.Line(), "'from' date in one fact"));
            }

            entries.Add(new DatedValue<T>(value, from.Value, to, source));
        }

        return new Timeline<T>(entries);
    }

    public static (bool Ok, T Value, string Allowed) ParseEnum<T>(string text)
        where T : struct, Enum =>
        (KebabCase.TryParse<T>(text, out var value), value, string.Join(", ", Enum.GetValues<T>().Select(v => KebabCase.Format(v))));

    public static (bool Ok, bool Value, string Allowed) ParseBool(string text) =>
        text switch
        {
            "true" => (true, true, "true, false"),
            "false" => (true, false, "true, false"),
            _ => (false, false, "true, false"),
        };
}
