namespace Custos.Domain.Policy;

/// <summary>What the policy knows about one country, each fact effective-dated and sourced.</summary>
public sealed record JurisdictionProfile
{
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    public required string Name { get; init; }

    /// <summary>The id of the legal system in <see cref="ScrutinyPolicy.LegalSystems"/> that governs a provider established here.</summary>
    public required string LegalSystem { get; init; }

    /// <summary>The country's financial intelligence unit, named in redirect findings.</summary>
    public string? Fiu { get; init; }

    public Timeline<FreedomHouseStatus> FreedomHouse { get; init; } = Timeline<FreedomHouseStatus>.Empty;

    public Timeline<FatfMembership> FatfMembership { get; init; } = Timeline<FatfMembership>.Empty;

    public Timeline<FatfListing> FatfListing { get; init; } = Timeline<FatfListing>.Empty;

    public Timeline<EgmontStatus> Egmont { get; init; } = Timeline<EgmontStatus>.Empty;

    /// <summary>INTERPOL checks every request from this country centrally.</summary>
    public Timeline<bool> InterpolSupervision { get; init; } = Timeline<bool>.Empty;

    public Timeline<PlatformRelationship> Relationship { get; init; } = Timeline<PlatformRelationship>.Empty;

    public Timeline<bool> EuMember { get; init; } = Timeline<bool>.Empty;

    /// <summary>The EU e-Evidence Regulation 2023/1543 applies to and in this country.</summary>
    public Timeline<bool> EEvidence { get; init; } = Timeline<bool>.Empty;

    /// <summary>Reporters Without Borders' World Press Freedom Index band.</summary>
    public Timeline<PressFreedomBand> PressFreedom { get; init; } = Timeline<PressFreedomBand>.Empty;

    /// <summary>Statutes of this country documented to be used against speech, association, religion, protest or donations.</summary>
    public IReadOnlyList<Statute> Statutes { get; init; } = [];

    /// <summary>
    /// Conduct (keys of <see cref="ScrutinyPolicy.Conducts"/>) that is not an offence here: <c>true</c> on a date means a
    /// compulsory measure for it is refused to a foreign authority (dual criminality).
    /// </summary>
    public IReadOnlyDictionary<string, Timeline<bool>> ConductNotCriminal { get; init; } = new Dictionary<string, Timeline<bool>>(StringComparer.Ordinal);
}
