using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>
/// How the policy weighs the evidence that a request's predominant character is political, religious or racial
/// (INTERPOL Constitution Art. 3 and its predominance test): the weight of each signal, what counts as each, and the
/// thresholds of the levels.
/// </summary>
public sealed record PredominanceSettings
{
    public static PredominanceSettings None { get; } = new() { Source = "" };

    /// <summary>What the assessment rests on (quoted in its findings).</summary>
    public required string Source { get; init; }

    /// <summary>The weight of each signal; a signal without a weight is not counted.</summary>
    public IReadOnlyDictionary<PoliticalSignal, int> Weights { get; init; } = new Dictionary<PoliticalSignal, int>();

    /// <summary>The weight of the requesting state's Freedom House status (the <see cref="PoliticalSignal.Jurisdiction"/> signal).</summary>
    public IReadOnlyDictionary<FreedomHouseStatus, int> JurisdictionWeights { get; init; } = new Dictionary<FreedomHouseStatus, int>();

    /// <summary>Offence categories that are themselves evidence (extremism).</summary>
    public IReadOnlyList<OffenceCategory> PoliticalOffences { get; init; } = [];

    /// <summary>Ordinary offences of harm, which count against political character.</summary>
    public IReadOnlyList<OffenceCategory> OrdinaryOffences { get; init; } = [];

    /// <summary>Agency types whose requests weigh (security and intelligence services).</summary>
    public IReadOnlyList<AgencyType> RequesterTypes { get; init; } = [];

    /// <summary>Target statuses (from the caller's context) that are protected.</summary>
    public IReadOnlyList<string> ProtectedStatuses { get; init; } = [];

    /// <summary>Target types that are a group by nature (everyone who paid an address, everyone in a country).</summary>
    public IReadOnlyList<TargetType> GroupTargetTypes { get; init; } = [];

    /// <summary>A target resolving to more customers than this is a group.</summary>
    public int? MaxReach { get; init; }

    /// <summary>The thresholds of <see cref="PredominanceLevel.Possible"/> and <see cref="PredominanceLevel.Predominant"/>.</summary>
    public IReadOnlyDictionary<PredominanceLevel, PredominanceThreshold> Levels { get; init; } = new Dictionary<PredominanceLevel, PredominanceThreshold>();

    public int Weight(PoliticalSignal signal) => Weights.TryGetValue(signal, out var weight) ? weight : 0;
}
