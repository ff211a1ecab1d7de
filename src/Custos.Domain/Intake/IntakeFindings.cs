using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Intake;

/// <summary>What intake found missing, read from the scrutiny findings of the intake family.</summary>
public static class IntakeFindings
{
    /// <summary>The finding family of completeness checks.</summary>
    public const string Family = "intake";

    /// <summary>What is missing for the request to be complete, in words for the agency (empty unless it is incomplete).</summary>
    public static IReadOnlyList<string> Missing(ScrutinyResult scrutiny)
    {
        ArgumentNullException.ThrowIfNull(scrutiny);
        return scrutiny.Recommendation == Recommendation.Incomplete
            ? scrutiny.Findings.Where(f => f.Family == Family && f.Severity == FindingSeverity.Blocking).Select(f => f.Message).ToArray()
            : [];
    }
}
