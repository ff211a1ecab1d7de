using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestPolicy;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>Agreements that carry a partner's orders, sanctions regimes, and offences listed by their description.</summary>
public class TreatyRouteTests
{
    private static readonly ScrutinyContext s_aa = new() { AsOf = new DateOnly(2025, 3, 10), ProviderCountry = "AA" };

    private static readonly Agreement s_agreement = new()
    {
        Id = "aa-bb", Name = "Aland-Borduria data agreement", Parties = ["AA", "BB"], Processes = [LegalProcessType.CourtOrder],
        LegalBases = [SearchTerm.Phrase("Overseas Orders Act")], From = new DateOnly(2024, 1, 1), Source = "treaty series",
    };

    private static DataRequest ContentOrder(string legalBasis) => Request("BB") with
    {
        LegalProcess = new LegalProcess { Type = LegalProcessType.CourtOrder, Signed = true, LegalBasis = legalBasis },
        DataCategories = [DataCategory.Content],
    };

    [Theory]
    [InlineData("Overseas Orders Act s. 1", "2025-03-10", false)]
    [InlineData("Overseas Orders Act s. 1", "2023-12-31", true)]   // before the agreement
    [InlineData("Domestic Production Act", "2025-03-10", true)]    // not an order under the agreement
    public void Evaluate_ForeignContent_AgreementInForceCarryingTheOrderIsATreatyRoute(string legalBasis, string asOf, bool redirected)
    {
        var policy = With(Rule("content", RuleKind.ForeignContent, Recommendation.Redirect, new RuleParameters { Processes = [LegalProcessType.Mlat] })) with { Agreements = [s_agreement] };

        var result = ScrutinyEngine.Evaluate(ContentOrder(legalBasis), policy, s_aa with { AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture) }).Value;

        Assert.Equal(redirected, result.Recommendation == Recommendation.Redirect);
    }

    [Fact]
    public void Agreement_Binds_EitherDirectionButNotOneState()
    {
        Assert.True(s_agreement.Binds("AA", "BB"));
        Assert.True(s_agreement.Binds("BB", "AA"));
        Assert.False(s_agreement.Binds("AA", "AA"));
        Assert.False(s_agreement.Binds("AA", "CC"));
    }

    [Fact]
    public void Evaluate_SanctionsRegime_FiresForItsLegalSystemAndTargetFromItsDate()
    {
        var regime = new SanctionsRegime
        {
            Id = "x-on-bb", Name = "Regulation X", ImposedBy = "x", Target = "BB",
            Measures = new([new DatedValue<string>("accounts restricted", new DateOnly(2024, 1, 1), null, "OJ 1")]),
        };
        var policy = With(Rule("sanctions", RuleKind.SanctionsRegime, message: "{regime}: {measure} since {since}")) with { SanctionsRegimes = [regime] };

        var fromBb = ScrutinyEngine.Evaluate(Request("BB"), policy, s_aa).Value;
        var before = ScrutinyEngine.Evaluate(Request("BB"), policy, s_aa with { AsOf = new DateOnly(2023, 12, 31) }).Value;
        var domestic = ScrutinyEngine.Evaluate(Request("AA"), policy, s_aa).Value;

        Assert.Equal("Regulation X: accounts restricted since 2024-01-01", Assert.Single(fromBb.Findings).Message);
        Assert.Empty(before.Findings);
        Assert.Empty(domestic.Findings);
    }

    [Theory]
    [InlineData("Phishing for bank credentials", OffenceCategory.Fraud, true)]
    [InlineData("Investment fraud", OffenceCategory.Fraud, false)]
    [InlineData("Investment fraud", OffenceCategory.Cybercrime, true)]
    public void Evaluate_ThresholdRow_ListedByCategoryOrDescription(string description, OffenceCategory category, bool supported)
    {
        var basePolicy = With(Rule("matrix", RuleKind.ProcessMatrix, Recommendation.Narrow));
        var system = basePolicy.LegalSystems["x"] with
        {
            Matrix =
            [
                new Authorisation { Categories = [DataCategory.Subscriber, DataCategory.Transactions], Processes = [LegalProcessType.CourtOrder], MinPenaltyYears = 3,
                    ListedOffences = [OffenceCategory.Cybercrime], ListedTerms = [SearchTerm.Phrase("phishing")], Source = "threshold" },
            ],
        };
        var policy = basePolicy with { LegalSystems = new Dictionary<string, LegalSystem>(StringComparer.Ordinal) { ["x"] = system } };
        var request = Request() with
        {
            LegalProcess = new LegalProcess { Type = LegalProcessType.CourtOrder, Signed = true, LegalBasis = "Act 1" },
            Offence = new Offence { Description = description, Categories = [category], MaxPenaltyYears = 2 },
            DataCategories = [DataCategory.Transactions],
        };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.Equal(supported, result.SupportedDataCategories.Contains(DataCategory.Transactions));
    }
}
