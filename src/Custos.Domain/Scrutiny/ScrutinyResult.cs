using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>The scrutiny report of REQUEST-FORMAT.md.</summary>
public sealed record ScrutinyResult
{
    public required Recommendation Recommendation { get; init; }

    public required RiskTier RiskTier { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<string> RequiredApprovals { get; init; }

    public required NotificationDecision Notification { get; init; }

    /// <summary>When the answer is due (the clock starts on receipt of a complete request); null while incomplete or informal.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The data categories the legal process supports (what a narrowed production may hold).</summary>
    public required IReadOnlyList<DataCategory> SupportedDataCategories { get; init; }

    public required string PolicyVersion { get; init; }

    public required DateOnly AsOf { get; init; }
}
