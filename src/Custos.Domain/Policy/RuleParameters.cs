using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>The parameters a rule kind reads; each kind documents which (docs/policy.md), the loader checks them.</summary>
public sealed record RuleParameters
{
    public static RuleParameters None { get; } = new();

    public RequiredField? Field { get; init; }

    public IReadOnlyList<RequestChannel> Channels { get; init; } = [];

    public IReadOnlyList<AgencyVerification> Verifications { get; init; } = [];

    public IReadOnlyList<EgmontStatus> Egmont { get; init; } = [];

    public IReadOnlyList<RiskTier> Tiers { get; init; } = [];

    public IReadOnlyList<LegalProcessType> Processes { get; init; } = [];

    public IReadOnlyList<TargetType> TargetTypes { get; init; } = [];

    public IReadOnlyList<OffenceCategory> OffenceCategories { get; init; } = [];

    /// <summary>Words looked for in the offence description, ordinal and case-insensitive.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Texts that mean "not given" ("unspecified", "not stated").</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [];

    public int? MaxTargets { get; init; }

    public int? MaxReach { get; init; }

    public int? MaxRangeDays { get; init; }

    public int? MaxCategories { get; init; }

    public int? Days { get; init; }

    public int? RenewalDays { get; init; }

    /// <summary>For <see cref="RuleKind.ProcessMatrix"/>: the recommendation when no category asked for is supported.</summary>
    public Recommendation? WhenNoneSupported { get; init; }

    /// <summary>For <see cref="RuleKind.PoliticalPredominance"/>: the level the assessment must reach exactly.</summary>
    public PredominanceLevel? Level { get; init; }
}
