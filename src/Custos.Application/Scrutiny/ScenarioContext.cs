namespace Custos.Application.Scrutiny;

/// <summary>The context of a scenario: the date, the provider, and what the caller knows of agency and targets.</summary>
public sealed record ScenarioContext
{
    public DateOnly? AsOf { get; init; }

    public ScenarioProvider? Provider { get; init; }

    /// <summary>Customers each target resolves to, in target order (null entries when unknown).</summary>
    public IReadOnlyList<int?>? TargetReach { get; init; }

    public IReadOnlyList<string> ReputationFlags { get; init; } = [];

    public IReadOnlyList<string> TargetStatuses { get; init; } = [];
}
