namespace Custos.Application.Transparency.Checking;

/// <summary>What recomputing a report from the log found.</summary>
/// <param name="Publication">The <c>report.published</c> entry naming the file's SHA-256, or null when none does.</param>
/// <param name="AsOf">The facts used are those of the log entries before this position (the publication's, when found).</param>
/// <param name="RequestFacts">How many requests' facts were counted (the latest of each before <paramref name="AsOf"/>).</param>
/// <param name="RestrictionFacts">How many restrictions' facts were counted.</param>
/// <param name="Differences">The figures the log does not give.</param>
/// <param name="Problems">Anything else wrong: no publication, unreadable facts, facts that should never be in the log.</param>
public sealed record ReportCheckResult(
    ReportPublication? Publication, ulong AsOf, int RequestFacts, int RestrictionFacts, IReadOnlyList<FigureDifference> Differences, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the report is in the log and every figure agrees.</summary>
    public bool Agrees => Publication is not null && Differences.Count == 0 && Problems.Count == 0;
}
