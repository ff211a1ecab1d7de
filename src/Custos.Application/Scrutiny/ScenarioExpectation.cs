using Custos.Domain.Policy;

namespace Custos.Application.Scrutiny;

/// <summary>What the scenario's reviewer concluded.</summary>
public sealed record ScenarioExpectation
{
    public Recommendation Recommendation { get; init; }

    public IReadOnlyList<string> FindingFamiliesInclude { get; init; } = [];

    public IReadOnlyList<string> FindingFamiliesExclude { get; init; } = [];

    public bool? NotificationAllowed { get; init; }

    /// <summary>Finding codes that must appear (this project's own scenarios are more specific than families).</summary>
    public IReadOnlyList<string> FindingCodesInclude { get; init; } = [];

    public IReadOnlyList<string> FindingCodesExclude { get; init; } = [];

    public RiskTier? RiskTier { get; init; }

    public IReadOnlyList<string> RequiredApprovalsInclude { get; init; } = [];

    /// <summary>The expected deadline; checked when given.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public DateOnly? NotificationNotBefore { get; init; }
}
