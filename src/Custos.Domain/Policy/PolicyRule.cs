namespace Custos.Domain.Policy;

/// <summary>One rule of the policy: a kind with its parameters, and what a finding says when it fires.</summary>
public sealed record PolicyRule
{
    /// <summary>Stable id, quoted in findings (<c>channel.informal-approach</c>).</summary>
    public required string Id { get; init; }

    public required RuleKind Kind { get; init; }

    /// <summary>The finding code; its first segment is the family (REQUEST-FORMAT.md).</summary>
    public required string Code { get; init; }

    public required FindingSeverity Severity { get; init; }

    /// <summary>What the finding pushes the recommendation to; null for findings that only inform.</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>The plain explanation; <c>{placeholders}</c> are filled with the specifics of the request.</summary>
    public required string Message { get; init; }

    public required string Source { get; init; }

    /// <summary>Approvals the decision needs when this rule fires, beyond the policy's base approvals.</summary>
    public IReadOnlyList<string> Approvals { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public RuleScope Scope { get; init; } = RuleScope.All;

    public RuleParameters Parameters { get; init; } = RuleParameters.None;

    public bool InForceOn(DateOnly date) => (From is null || From.Value <= date) && (To is null || date < To.Value);
}
