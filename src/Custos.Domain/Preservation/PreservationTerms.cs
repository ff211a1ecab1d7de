using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Preservation;

/// <summary>
/// How long a preservation lasts and how it may be extended, as the policy's preservation rule states it (the law lives
/// in the policy file: <c>days</c> and <c>renewalDays</c> of a rule of kind <c>preservation</c>). Extensions are allowed
/// once, as both laws the product knows provide.
/// </summary>
/// <param name="Days">The first period, in days.</param>
/// <param name="ExtensionDays">Each extension, in days.</param>
/// <param name="MaxExtensions">How many extensions are allowed.</param>
/// <param name="Source">The law the terms rest on.</param>
public sealed record PreservationTerms(int Days, int ExtensionDays, int MaxExtensions, string Source)
{
    /// <summary>18 U.S.C. §2703(f)(2): 90 days, extended once for another 90 on a renewed request.</summary>
    public static PreservationTerms UnitedStates { get; } =
        new(90, 90, 1, "18 U.S.C. 2703(f)(2): retained for 90 days, extended for another 90 days upon a renewed request.");

    /// <summary>Regulation (EU) 2023/1543 Art. 11(1): 60 days, extended by 30 days where the issuing authority confirms a production request follows.</summary>
    public static PreservationTerms EEvidence { get; } =
        new(60, 30, 1, "Regulation (EU) 2023/1543 Art. 11(1): 60 days, extended by 30 days on confirmation that a production order will follow.");

    /// <summary>The terms of a policy rule of kind <c>preservation</c>.</summary>
    public static Result<PreservationTerms> FromRule(PolicyRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Kind != RuleKind.Preservation || rule.Parameters.Days is not ({ } days and > 0))
        {
            return PreservationErrors.NoTerms($"rule {rule.Id} is not a preservation rule with a number of days");
        }

        var extension = rule.Parameters.RenewalDays ?? 0;
        return new PreservationTerms(days, extension, extension > 0 ? 1 : 0, rule.Source);
    }

    /// <summary>The terms of the preservation rule that fired in <paramref name="scrutiny"/> under <paramref name="policy"/>.</summary>
    public static Result<PreservationTerms> FromScrutiny(ScrutinyResult scrutiny, ScrutinyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(scrutiny);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var finding in scrutiny.Findings)
        {
            var rule = policy.Rules.FirstOrDefault(r => r.Kind == RuleKind.Preservation && string.Equals(r.Id, finding.Rule, StringComparison.Ordinal));
            if (rule is not null)
            {
                return FromRule(rule);
            }
        }

        return PreservationErrors.NoTerms($"no preservation rule of policy {policy.Version} fired for this request");
    }
}
