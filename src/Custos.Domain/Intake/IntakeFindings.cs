using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Intake;

/// <summary>What intake found missing, read from the scrutiny findings of the intake family.</summary>
public static class IntakeFindings
{
    /// <summary>The finding family of completeness checks.</summary>
    public const string Family = "intake";

    /// <summary>
    /// What is missing for the request to be complete, in words for the agency: the blocking findings of the intake
    /// family, whatever else the report recommends (a request that is also, say, to be denied is still incomplete, and
    /// the agency is told what is missing).
    /// </summary>
    public static IReadOnlyList<string> Missing(ScrutinyResult scrutiny)
    {
        ArgumentNullException.ThrowIfNull(scrutiny);
        return scrutiny.Findings.Where(f => f.Family == Family && f.Severity == FindingSeverity.Blocking).Select(f => f.Message).ToArray();
    }

    /// <summary>Whether the request lacks something intake requires (it is then incomplete, whatever else the report says).</summary>
    public static bool IsIncomplete(ScrutinyResult scrutiny) => Missing(scrutiny).Count > 0;
}
