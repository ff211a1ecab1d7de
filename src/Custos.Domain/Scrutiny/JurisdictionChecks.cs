using Custos.Domain.Common;
using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>Jurisdiction: the risk tier from the profile's facts on the date, and its consequences.</summary>
internal static class JurisdictionChecks
{
    public static Firing? RiskTier(PolicyRule rule, Evaluation e) =>
        rule.Parameters.Tiers.Contains(e.Tier) ? Describe(e) : null;

    public static Firing? RiskTierRoute(PolicyRule rule, Evaluation e) =>
        e.IsForeign && rule.Parameters.Tiers.Contains(e.Tier) && !rule.Parameters.Processes.Contains(e.Process)
            ? Describe(e).And("process", Text.Process(e.Process))
            : null;

    /// <summary>A stated country without a profile; a country not stated at all is a completeness question (intake).</summary>
    public static Firing? Unknown(Evaluation e) =>
        e.AgencyCountry is not null && e.Agency is null ? Firing.With("country", e.AgencyCountryText) : null;

    private static Firing Describe(Evaluation e) =>
        Firing.With("tier", KebabCase.Format(e.Tier)).And("country", e.AgencyName).And("reasons", e.TierReasons);
}
