using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Screening;

/// <summary>The entity types a query may name: <c>person</c>, <c>organization</c> (or organisation, company, entity),
/// <c>vessel</c>, <c>aircraft</c> (or airplane), in any case, and the FollowTheMoney schema names.</summary>
public static class QueryKinds
{
    /// <summary>The values accepted, for messages.</summary>
    public const string Allowed = "person, organization, vessel, aircraft";

    /// <summary>Reads a type; empty is <see cref="EntityKind.Unknown"/>. False for anything else.</summary>
    public static bool TryParse(string? text, out EntityKind kind)
    {
        kind = EntityKind.Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        kind = text.Trim().ToUpperInvariant() switch
        {
            "PERSON" or "INDIVIDUAL" => EntityKind.Person,
            "ORGANIZATION" or "ORGANISATION" or "COMPANY" or "ENTITY" or "LEGALENTITY" or "PUBLICBODY" => EntityKind.Organization,
            "VESSEL" => EntityKind.Vessel,
            "AIRCRAFT" or "AIRPLANE" => EntityKind.Aircraft,
            _ => ScreeningIndex.KindOfSchema(text.Trim()),
        };
        return kind != EntityKind.Unknown;
    }
}
