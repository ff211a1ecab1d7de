using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>
/// A law that allows a kind of demand to be reported only in bands (e.g. US national-security process, 0–249): the rows
/// it matches are published as bands and left out of every exact total. Data, with the law it comes from.
/// </summary>
/// <param name="Id">A stable id for the rule (<c>us-national-security</c>).</param>
/// <param name="Country">The authority's country (ISO 3166-1 alpha-2) the rule applies to.</param>
/// <param name="Authority">The authority type it applies to; null for any.</param>
/// <param name="LegalProcess">The legal process it applies to; null for any.</param>
/// <param name="Width">The width of a band: 250 gives 0–249, 250–499, ….</param>
/// <param name="Description">What the rule covers, for the reader of the report.</param>
/// <param name="Source">The law the rule comes from.</param>
public sealed record BandRule(string Id, string Country, AgencyType? Authority, LegalProcessType? LegalProcess, int Width, string Description, string Source)
{
    /// <summary>Whether the rule covers a demand of this country, authority type and process.</summary>
    public bool Matches(string country, AgencyType authority, LegalProcessType legalProcess) =>
        string.Equals(country, Country, StringComparison.Ordinal)
        && (Authority is null || Authority == authority)
        && (LegalProcess is null || LegalProcess == legalProcess);

    /// <summary>The band holding <paramref name="count"/>.</summary>
    public CountBand BandOf(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var low = count / Width * Width;
        return new CountBand(low, low + Width - 1);
    }

    /// <summary>The rules applied by default.</summary>
    public static IReadOnlyList<BandRule> Defaults { get; } =
    [
        new(
            "us-national-security",
            "US",
            AgencyType.Intelligence,
            null,
            250,
            "US national-security process (National Security Letters and FISA orders) received from an intelligence authority, all kinds combined",
            "50 U.S.C. § 1874(a), as enacted by the USA FREEDOM Act of 2015 § 603: national-security process may be reported only in bands"),
    ];
}
