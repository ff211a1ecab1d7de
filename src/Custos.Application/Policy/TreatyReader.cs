using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Application.Policy;

/// <summary>Reads what lies between states: agreements that carry orders directly, and sanctions regimes.</summary>
internal static class TreatyReader
{
    /// <summary><c>agreements: [ { id, name, parties: [US, GB], processes, from, to?, source } ]</c>.</summary>
    public static Agreement ReadAgreement(YamlMap map)
    {
        var agreement = new Agreement
        {
            Id = map.String("id") ?? "",
            Name = map.String("name") ?? "",
            Parties = map.Strings("parties", required: true),
            Processes = map.Enums<LegalProcessType>("processes", required: true),
            LegalBases = EvidenceReader.Phrases(map, "legalBases"),
            From = map.Date("from", required: true) ?? default,
            To = map.Date("to"),
            Source = map.String("source") ?? "",
        };
        if (agreement.Parties.Count != 2 || agreement.Parties.Distinct(StringComparer.Ordinal).Count() != 2)
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Child("parties"), map.Line(), "an agreement has exactly two different parties."));
        }

        if (agreement.To is { } to && to <= agreement.From)
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Child("to"), map.Line(), "'to' must be after 'from'."));
        }

        map.Done();
        return agreement;
    }

    /// <summary>
    /// <c>sanctionsRegimes: { id: { name, imposedBy, target, measures: [ {value, from, to?, source} ], restriction? } }</c>;
    /// <c>restriction: { code, thresholds: [ {value: EUR or none, from, to?, source} ], exemptNationals, exemptPermitCountries, action }</c>.
    /// </summary>
    public static SanctionsRegime ReadSanctionsRegime(string id, YamlMap map) => new()
    {
        Id = id,
        Name = map.String("name") ?? "",
        ImposedBy = map.String("imposedBy") ?? "",
        Target = map.String("target") ?? "",
        Measures = JurisdictionReader.Timeline(map, "measures", text => (true, text, "any text")),
        Restriction = map.Map("restriction") is { } restriction ? ReadRestriction(restriction) : null,
    };

    private static SanctionsRestriction ReadRestriction(YamlMap map)
    {
        var code = map.String("code") ?? "";
        if (code.Length > 0 && !IsCode(code))
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Child("code"), map.Line(), $"'{code}' is not a lower-case code of letters, digits and hyphens."));
        }

        var restriction = new SanctionsRestriction
        {
            Code = code,
            Thresholds = JurisdictionReader.Timeline(map, "thresholds", ParseThreshold),
            ExemptNationals = Countries(map, "exemptNationals"),
            ExemptPermitCountries = Countries(map, "exemptPermitCountries"),
            Action = map.String("action") ?? "",
        };
        if (restriction.Thresholds.Entries.Count == 0)
        {
            map.Errors.Add(PolicyErrors.Missing(map.Path, "thresholds", map.Line()));
        }

        map.Done();
        return restriction;
    }

    /// <summary>A threshold in EUR (a positive number) or <c>none</c> (the restriction applies whatever the value).</summary>
    private static (bool Ok, decimal? Value, string Allowed) ParseThreshold(string text)
    {
        const string allowed = "a positive amount in EUR (10000), or none";
        if (string.Equals(text, "none", StringComparison.Ordinal))
        {
            return (true, null, allowed);
        }

        return decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var eur) && eur > 0
            ? (true, eur, allowed)
            : (false, null, allowed);
    }

    private static List<string> Countries(YamlMap map, string key)
    {
        var countries = map.Strings(key);
        foreach (var country in countries.Where(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Child(key), map.Line(), $"'{country}' is not an ISO 3166-1 alpha-2 code."));
        }

        return countries;
    }

    private static bool IsCode(string code) =>
        code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && code[0] != '-' && code[^1] != '-';
}
