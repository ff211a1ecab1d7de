namespace Custos.Domain.Policy;

/// <summary>
/// What a sanctions regime requires of the provider for the customers it covers (EU Regulation 833/2014 Art. 5b: no
/// crypto-asset wallet, account or custody services to the target country's nationals and residents), as effective-dated
/// configuration: the threshold in force on each day (a value in EUR above which the services are withdrawn, or none at
/// all), who is exempt, and what the provider does instead of serving them.
/// </summary>
public sealed record SanctionsRestriction
{
    /// <summary>The stem of the stable reason codes: <c>&lt;code&gt;-threshold</c> and <c>&lt;code&gt;-ban</c> (<c>eu-833-5b</c>).</summary>
    public required string Code { get; init; }

    /// <summary>
    /// The threshold in force on each day: the customer's crypto-assets at the provider must exceed this many EUR for
    /// the restriction to apply; a null value means the restriction applies whatever their value. No entry on a day
    /// means the restriction was not in force on that day.
    /// </summary>
    public required Timeline<decimal?> Thresholds { get; init; }

    /// <summary>Nationalities (ISO 3166-1 alpha-2) whose holders are exempt, even when they are also nationals of the target.</summary>
    public IReadOnlyList<string> ExemptNationals { get; init; } = [];

    /// <summary>Countries (ISO 3166-1 alpha-2) where a temporary or permanent residence permit valid on the day exempts its holder.</summary>
    public IReadOnlyList<string> ExemptPermitCountries { get; init; } = [];

    /// <summary>What the provider does for a covered customer (close the account and return the assets, not freeze them).</summary>
    public required string Action { get; init; }

    /// <summary>The reason code of a restriction under a threshold.</summary>
    public string ThresholdCode => Code + "-threshold";

    /// <summary>The reason code of a restriction that applies whatever the value.</summary>
    public string BanCode => Code + "-ban";
}
