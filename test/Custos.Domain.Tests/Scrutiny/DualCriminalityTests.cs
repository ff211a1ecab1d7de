using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestEvidence;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>Dual criminality for coercive measures: refused for conduct the provider's country records as no offence.</summary>
public class DualCriminalityTests
{
    private static readonly PolicyRule s_rule = TestPolicy.Rule("dual", RuleKind.DualCriminality, Recommendation.Deny,
        new RuleParameters { Processes = [LegalProcessType.CourtOrder, LegalProcessType.Mlat] }, message: "{conduct} | {evidence} | {fact} | {process}");

    private static readonly ScrutinyPolicy s_policy = With(s_rule);

    private static ScrutinyResult Evaluate(DataRequest request, DateOnly asOf) =>
        ScrutinyEngine.Evaluate(request, s_policy, new ScrutinyContext { AsOf = asOf, ProviderCountry = "AA" }).Value;

    [Fact]
    public void Evaluate_CitedStatuteForConductTheProviderDoesNotPunish_IsRefusedWithTheFactsSource()
    {
        var result = Evaluate(Request("A blog post", "Penal Code Art. 99"), After);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(Recommendation.Deny, result.Recommendation);
        Assert.Equal("insulting the head of state | Penal Code Art. 99 (insulting the Chancellor) | Aland Act 7 of 2019 | court-order", finding.Message);
    }

    [Fact]
    public void Evaluate_BeforeTheProviderStoppedPunishingIt_IsNotRefused()
    {
        var statuteInForce = Request("Insulting the Chancellor in a blog"); // the lexicon names the conduct; the statute dates from 2021

        Assert.Empty(Evaluate(statuteInForce, new DateOnly(2019, 12, 31)).Findings);
        Assert.Single(Evaluate(statuteInForce, new DateOnly(2020, 1, 1)).Findings);
    }

    [Fact]
    public void Evaluate_LexiconTermBesideAnOrdinaryOffence_IsNotTheConduct()
    {
        var fraud = Request("Fraud: fake lawyers for people accused of insulting the chancellor", "Criminal Procedure Code", OffenceCategory.Fraud);

        Assert.Empty(Evaluate(fraud, After).Findings);
    }

    [Fact]
    public void Evaluate_CitedStatuteBesideAnOrdinaryOffence_IsStillTheConduct()
    {
        var both = Request("Fraud and a blog post", "Penal Code Art. 99", OffenceCategory.Fraud);

        Assert.Single(Evaluate(both, After).Findings);
    }

    [Fact]
    public void Evaluate_VoluntaryProcess_IsNotACompulsoryMeasure()
    {
        var request = Request("Insulting the Chancellor in a blog") with
        {
            LegalProcess = new LegalProcess { Type = LegalProcessType.EmergencyDisclosure, Signed = true, LegalBasis = "Penal Code Art. 99" },
        };

        Assert.Empty(Evaluate(request, After).Findings);
    }

    [Fact]
    public void Evaluate_ProvidersOwnAuthority_IsNeverAskedForDualCriminality()
    {
        var domestic = Request("Insulting the Chancellor in a blog") with { Agency = TestPolicy.Request("AA").Agency };

        Assert.Empty(Evaluate(domestic, After).Findings);
    }
}
