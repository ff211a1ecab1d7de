using System.Globalization;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>One evaluation: the request, the policy, the context and what follows from them (profiles, facts, tier).</summary>
internal sealed class Evaluation
{
    private OffenceReading? _reading;
    private PredominanceAssessment? _predominance;

    public Evaluation(DataRequest request, ScrutinyPolicy policy, ScrutinyContext context, JurisdictionProfile provider)
    {
        Request = request;
        Policy = policy;
        Context = context;
        Provider = provider;
        AgencyCountry = string.IsNullOrWhiteSpace(request.Agency.Country) ? null : request.Agency.Country.Trim().ToUpperInvariant();
        Agency = AgencyCountry is not null && policy.Jurisdictions.TryGetValue(AgencyCountry, out var profile) ? profile : null;
        IsForeign = AgencyCountry is not null && !string.Equals(AgencyCountry, provider.Country, StringComparison.Ordinal);
        ProviderSystem = policy.LegalSystems[provider.LegalSystem];
        Process = request.LegalProcess?.Type ?? LegalProcessType.None;
        (Tier, TierReasons) = ComputeTier();
    }

    public DataRequest Request { get; }

    public ScrutinyPolicy Policy { get; }

    public ScrutinyContext Context { get; }

    public DateOnly AsOf => Context.AsOf;

    public JurisdictionProfile Provider { get; }

    public LegalSystem ProviderSystem { get; }

    public string? AgencyCountry { get; }

    /// <summary>The agency's jurisdiction profile; null when the policy has none.</summary>
    public JurisdictionProfile? Agency { get; }

    public bool IsForeign { get; }

    public LegalProcessType Process { get; }

    public RiskTier Tier { get; }

    public string TierReasons { get; }

    /// <summary>The categories the process supports, once a matrix rule has looked; null until then.</summary>
    public IReadOnlyList<DataCategory>? Supported { get; set; }

    /// <summary>The statutes and lexicon terms the request's text cites (read on first use).</summary>
    public OffenceReading Reading => _reading ??= OffenceReading.Read(this);

    /// <summary>The weighed evidence of political character (assessed on first use).</summary>
    public PredominanceAssessment Predominance => _predominance ??= PredominanceAssessment.Assess(this);

    public string AgencyCountryText => AgencyCountry ?? "an unstated country";

    public string AgencyName => Agency?.Name ?? AgencyCountryText;

    public static bool Holds(Timeline<bool> timeline, DateOnly date) => timeline.On(date)?.Value == true;

    private (RiskTier Tier, string Reasons) ComputeTier()
    {
        if (Agency is null)
        {
            return (Policy.UnknownJurisdictionTier, "the policy has no profile for " + AgencyCountryText);
        }

        foreach (var tier in new[] { RiskTier.High, RiskTier.Elevated })
        {
            if (Policy.RiskTiers.TryGetValue(tier, out var criteria))
            {
                var reasons = Reasons(criteria);
                if (reasons.Count > 0)
                {
                    return (tier, string.Join("; ", reasons));
                }
            }
        }

        return (RiskTier.Low, "no risk indicator applies");
    }

    private List<string> Reasons(RiskCriteria criteria)
    {
        var reasons = new List<string>();
        Check(Agency!.FreedomHouse, criteria.FreedomHouse, "Freedom House status");
        Check(Agency.FatfMembership, criteria.FatfMembership, "FATF membership");
        Check(Agency.FatfListing, criteria.FatfListing, "FATF listing");
        Check(Agency.Egmont, criteria.Egmont, "Egmont status of the FIU");
        Check(Agency.Relationship, criteria.Relationship, "the platform's relationship");
        Check(Agency.PressFreedom, criteria.PressFreedom, "RSF press freedom band");
        if (criteria.InterpolSupervision && Agency.InterpolSupervision.On(AsOf) is { Value: true } supervised)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"INTERPOL checks its requests centrally since {supervised.From:yyyy-MM-dd}"));
        }

        return reasons;

        void Check<T>(Timeline<T> timeline, IReadOnlyList<T> matching, string what)
            where T : struct, Enum
        {
            if (timeline.On(AsOf) is { } fact && matching.Contains(fact.Value))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {Common.KebabCase.Format(fact.Value)} since {fact.From:yyyy-MM-dd}"));
            }
        }
    }
}
