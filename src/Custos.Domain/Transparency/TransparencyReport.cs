namespace Custos.Domain.Transparency;

/// <summary>
/// The transparency report of a period: exact figures per country × authority type × legal process, per country and in
/// total; demands the law allows only in bands, apart (and out of every exact figure); account restrictions per reason.
/// </summary>
/// <param name="Period">The days covered.</param>
/// <param name="Groups">The exact rows, by country, authority and process.</param>
/// <param name="Countries">The exact figures per country.</param>
/// <param name="Totals">The exact figures of every row together.</param>
/// <param name="Banded">The banded demands, one row per rule and country that had any (or a 0 band when the rule's country had none).</param>
/// <param name="Restrictions">Account restrictions recorded in the period, per reason.</param>
/// <param name="BandRules">The rules applied: the demands the report may not count exactly, with their law.</param>
public sealed record TransparencyReport(
    ReportPeriod Period, IReadOnlyList<ReportGroup> Groups, IReadOnlyList<CountryFigures> Countries, ReportFigures Totals,
    IReadOnlyList<BandedRow> Banded, IReadOnlyList<RestrictionCount> Restrictions, IReadOnlyList<BandRule> BandRules)
{
    /// <summary>The format the report and its signed statement name.</summary>
    public const string Format = "custos-report/v1";
}
