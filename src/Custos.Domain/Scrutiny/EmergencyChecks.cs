using System.Globalization;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Emergencies (named threat and persons, out-of-band confirmation) and preservation.</summary>
internal static class EmergencyChecks
{
    public static Firing? NotSpecific(PolicyRule rule, Evaluation e) =>
        e.Request.Kind == RequestKind.Emergency && !IsSpecific(rule, e) ? Firing.Plain : null;

    public static Firing? Unconfirmed(PolicyRule rule, Evaluation e) =>
        e.Request.Kind == RequestKind.Emergency && !rule.Parameters.Verifications.Contains(e.Request.Agency.Verification)
            ? Firing.With("verification", Common.KebabCase.Format(e.Request.Agency.Verification))
            : null;

    public static Firing? Confirmed(PolicyRule rule, Evaluation e) =>
        e.Request.Kind == RequestKind.Emergency && IsSpecific(rule, e) && rule.Parameters.Verifications.Contains(e.Request.Agency.Verification)
            ? Firing.With("threat", e.Request.Emergency!.Threat!).And("persons", e.Request.Emergency.PersonsAtRisk!)
            : null;

    public static Firing? Preservation(PolicyRule rule, Evaluation e)
    {
        if (e.Request.Kind != RequestKind.Preservation || (rule.Parameters.Processes.Count > 0 && !rule.Parameters.Processes.Contains(e.Process)))
        {
            return null;
        }

        var days = rule.Parameters.Days ?? 0;
        var received = DateOnly.FromDateTime(e.Request.ReceivedAt.UtcDateTime);
        return Firing.With("days", days.ToString(CultureInfo.InvariantCulture))
            .And("renewal", (rule.Parameters.RenewalDays ?? 0).ToString(CultureInfo.InvariantCulture))
            .And("expires", received.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static bool IsSpecific(PolicyRule rule, Evaluation e) =>
        e.Request.Emergency is { } emergency
        && Text.IsGiven(emergency.Threat, rule.Parameters.Placeholders)
        && Text.IsGiven(emergency.PersonsAtRisk, rule.Parameters.Placeholders);
}
