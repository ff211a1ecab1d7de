using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;

namespace Custos.Domain.Transparency;

/// <summary>How the transparency report is computed from plain facts (docs/transparency.md).</summary>
public static class TransparencyRules
{
    /// <summary>The country a report shows when the authority's country is not known.</summary>
    public const string UnknownCountry = "unknown";

    /// <summary>What came of one request (the first rule that applies, in the order below).</summary>
    public static RequestOutcome OutcomeOf(RequestFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Informal)
        {
            return RequestOutcome.Informal;
        }

        if (facts.Withdrawn)
        {
            return RequestOutcome.Withdrawn;
        }

        if (facts.HasProduction)
        {
            return ProductionOutcome(facts);
        }

        if (facts.Refused)
        {
            return facts.Recommendation == Recommendation.Redirect ? RequestOutcome.Redirected : RequestOutcome.Refused;
        }

        if (facts.VerificationFailed)
        {
            return RequestOutcome.NotVerified;
        }

        if (facts.Preserved || facts.Status is RequestStatus.Preserved or RequestStatus.PreservationReleased or RequestStatus.PreservationConverted)
        {
            return RequestOutcome.Preserved;
        }

        return facts.Status switch
        {
            RequestStatus.Incomplete => RequestOutcome.Incomplete,
            RequestStatus.AwaitingClarification when facts.PushedBack => RequestOutcome.PushedBack,
            RequestStatus.Closed => RequestOutcome.Lapsed,
            _ => RequestOutcome.Pending,
        };
    }

    /// <summary>The report of <paramref name="period"/>: the requests received and restrictions recorded in it.</summary>
    public static TransparencyReport Compute(
        ReportPeriod period, IEnumerable<RequestFacts> requests, IEnumerable<RestrictionFact> restrictions, IReadOnlyList<BandRule> bandRules)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(restrictions);
        ArgumentNullException.ThrowIfNull(bandRules);
        var inPeriod = requests.Where(r => period.Contains(r.ReceivedAt))
            .Select(r => (Facts: r, Outcome: OutcomeOf(r), Country: CountryOf(r), Rule: BandRuleOf(r, bandRules)))
            .ToList();
        var exact = inPeriod.Where(r => r.Rule is null).Select(r => (r.Facts, r.Outcome, r.Country)).ToList();

        var groups = exact
            .GroupBy(r => (r.Country, r.Facts.Authority, r.Facts.LegalProcess))
            .OrderBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Authority).ThenBy(g => g.Key.LegalProcess)
            .Select(g => new ReportGroup(g.Key.Country, g.Key.Authority, g.Key.LegalProcess, Figures(g)))
            .ToArray();
        var countries = exact
            .GroupBy(r => r.Country)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryFigures(g.Key, Figures(g)))
            .ToArray();
        var banded = bandRules
            .Select(rule =>
            {
                var covered = inPeriod.Where(r => ReferenceEquals(r.Rule, rule)).ToList();
                return new BandedRow(
                    rule.Id, rule.Country, rule.Description, rule.BandOf(covered.Count), rule.BandOf(covered.Sum(r => r.Facts.AccountsSpecified)), rule.Source);
            })
            .ToArray();
        var restricted = restrictions.Where(r => period.Contains(r.RecordedAt))
            .GroupBy(r => (r.Reason, r.Regime))
            .OrderBy(g => g.Key.Reason, StringComparer.Ordinal).ThenBy(g => g.Key.Regime, StringComparer.Ordinal)
            .Select(g => new RestrictionCount(g.Key.Reason, g.Key.Regime, g.Count()))
            .ToArray();
        return new TransparencyReport(period, groups, countries, Figures(exact), banded, restricted, bandRules);
    }

    /// <summary>
    /// The band rule that covers the request, if any: its demands are published only in bands, so its facts never go in
    /// the log one by one (that would count them exactly).
    /// </summary>
    public static BandRule? BandRuleOf(RequestFacts facts, IReadOnlyList<BandRule> bandRules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(bandRules);
        var country = CountryOf(facts);
        return bandRules.FirstOrDefault(b => b.Matches(country, facts.Authority, facts.LegalProcess));
    }

    private static ReportFigures Figures(IEnumerable<(RequestFacts Facts, RequestOutcome Outcome, string Country)> rows) =>
        ReportFigures.Of([.. rows.Select(r => (r.Facts, r.Outcome))]);

    private static string CountryOf(RequestFacts facts) =>
        string.IsNullOrWhiteSpace(facts.Country) ? UnknownCountry : facts.Country.Trim().ToUpperInvariant();

    private static RequestOutcome ProductionOutcome(RequestFacts facts)
    {
        if (facts.Produced.Sum(p => p.Records) == 0)
        {
            return RequestOutcome.NoData;
        }

        var asked = facts.Targets * facts.Categories.Distinct().Count();
        var produced = facts.Produced.Sum(p => p.Items);
        if (produced < asked)
        {
            return RequestOutcome.ProducedPart;
        }

        return facts.Produced.Any(p => p.Narrowed > 0) ? RequestOutcome.Narrowed : RequestOutcome.ProducedAll;
    }
}
