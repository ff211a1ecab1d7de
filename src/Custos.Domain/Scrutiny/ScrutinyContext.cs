namespace Custos.Domain.Scrutiny;

/// <summary>What scrutiny is evaluated against besides the request and the policy.</summary>
public sealed record ScrutinyContext
{
    /// <summary>The date the facts and rules are taken as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The country (ISO 3166-1 alpha-2) where the platform answering the demand is established.</summary>
    public required string ProviderCountry { get; init; }

    /// <summary>How many customers each target resolves to, in target order; null (or a null entry) when unknown.</summary>
    public IReadOnlyList<int?>? TargetReach { get; init; }

    /// <summary>Reputation flags the caller holds for the agency or its domain (earlier fraud, spoofing).</summary>
    public IReadOnlyList<string> ReputationFlags { get; init; } = [];

    /// <summary>What the caller knows of the targets' status (journalist, activist, opposition…).</summary>
    public IReadOnlyList<string> TargetStatuses { get; init; } = [];

    /// <summary>The targets that reach customers whose accounts are restricted under a sanctions regime.</summary>
    public IReadOnlyList<RestrictedTarget> RestrictedTargets { get; init; } = [];
}
