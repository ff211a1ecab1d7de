namespace Custos.Domain.Policy;

/// <summary>
/// Restrictive measures a legal order imposes on a country's persons (EU Regulation 833/2014 Art. 5b on crypto-asset
/// services to Russians): they restrict accounts and never authorise disclosure to that country's authorities.
/// </summary>
public sealed record SanctionsRegime
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The legal system (a key of <see cref="ScrutinyPolicy.LegalSystems"/>) whose providers it binds.</summary>
    public required string ImposedBy { get; init; }

    /// <summary>The country whose persons it restricts.</summary>
    public required string Target { get; init; }

    /// <summary>The measure in force, effective-dated (each stage of the regime, with its source).</summary>
    public Timeline<string> Measures { get; init; } = Timeline<string>.Empty;

    /// <summary>What the regime requires of the provider for the customers it covers, when the policy says so.</summary>
    public SanctionsRestriction? Restriction { get; init; }
}
