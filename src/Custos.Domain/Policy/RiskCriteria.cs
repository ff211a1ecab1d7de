namespace Custos.Domain.Policy;

/// <summary>The indicators that put a jurisdiction into a tier: any one matching suffices.</summary>
public sealed record RiskCriteria
{
    public IReadOnlyList<FreedomHouseStatus> FreedomHouse { get; init; } = [];

    public IReadOnlyList<FatfMembership> FatfMembership { get; init; } = [];

    public IReadOnlyList<FatfListing> FatfListing { get; init; } = [];

    public IReadOnlyList<EgmontStatus> Egmont { get; init; } = [];

    public bool InterpolSupervision { get; init; }

    public IReadOnlyList<PlatformRelationship> Relationship { get; init; } = [];

    public IReadOnlyList<PressFreedomBand> PressFreedom { get; init; } = [];
}
