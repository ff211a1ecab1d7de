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

    /// <summary><c>sanctionsRegimes: { id: { name, imposedBy, target, measures: [ {value, from, to?, source} ] } }</c>.</summary>
    public static SanctionsRegime ReadSanctionsRegime(string id, YamlMap map) => new()
    {
        Id = id,
        Name = map.String("name") ?? "",
        ImposedBy = map.String("imposedBy") ?? "",
        Target = map.String("target") ?? "",
        Measures = JurisdictionReader.Timeline(map, "measures", text => (true, text, "any text")),
    };
}
