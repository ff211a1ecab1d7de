using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestEvidence;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>The weighed assessment of political character: evidence, never a single keyword or the country alone.</summary>
public class PredominanceTests
{
    private static readonly ScrutinyPolicy s_policy = With(Predominance(PredominanceLevel.Predominant), Predominance(PredominanceLevel.Possible));

    private static ScrutinyResult Evaluate(DataRequest request, DateOnly asOf, ScrutinyPolicy? policy = null) =>
        ScrutinyEngine.Evaluate(request, policy ?? s_policy, new ScrutinyContext { AsOf = asOf, ProviderCountry = "AA" }).Value;

    [Fact]
    public void Evaluate_StatuteLexiconAndNotFreeProfile_IsPredominantAndNamesEachSignal()
    {
        var result = Evaluate(Request("Insulting the Chancellor in a blog", "Penal Code Art. 99"), After);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("predominant", finding.Rule);
        Assert.Equal(Recommendation.Deny, result.Recommendation);
        Assert.Equal([PoliticalSignal.Statute, PoliticalSignal.Lexicon, PoliticalSignal.Jurisdiction], finding.Evidence.Select(x => x.Signal));
        Assert.Equal([3, 2, 2], finding.Evidence.Select(x => x.Weight));
        Assert.StartsWith("7/6: statute +3: Penal Code Art. 99 (insulting the Chancellor) (Borduria Watch 2021) | lexicon +2: speech.head-of-state: \"insulting the chancellor\" (en)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameRequestBeforeTheStatuteAndWhileTheStateWasFree_ReachesNoLevel()
    {
        var result = Evaluate(Request("Insulting the Chancellor in a blog", "Penal Code Art. 99"), Before); // lexicon 2 only

        Assert.Empty(result.Findings);
        Assert.Equal(Recommendation.Produce, result.Recommendation);
    }

    [Fact]
    public void Evaluate_StatuteInForceWhileTheStateIsStillFree_IsPossible()
    {
        var result = Evaluate(Request("Insulting the Chancellor in a blog", "Penal Code Art. 99"), Partly); // statute 3 + lexicon 2

        var finding = Assert.Single(result.Findings);
        Assert.Equal("possible", finding.Rule);
        Assert.Equal([PoliticalSignal.Statute, PoliticalSignal.Lexicon], finding.Evidence.Select(x => x.Signal));
    }

    [Fact]
    public void Evaluate_KeywordAloneInANotFreeState_IsPossibleNotPredominant()
    {
        var result = Evaluate(Request("Insulting the Chancellor in a blog"), After);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("possible", finding.Rule);
        Assert.Equal(Recommendation.Escalate, result.Recommendation);
    }

    [Fact]
    public void Evaluate_CountryAndTargetShapeAlone_ReachNoLevel()
    {
        var request = Request("Unexplained transfers") with
        {
            Targets = [new Target { Type = TargetType.CounterpartyOfWallet, Value = "bc1q-x", Role = TargetRole.Unknown }],
        };

        var result = Evaluate(request, After); // not free 2 + group 2 + no suspect 1 = 5, but nothing about the offence or the persons

        Assert.Empty(result.Findings);
        Assert.Equal(Recommendation.Produce, result.Recommendation);
    }

    [Fact]
    public void Evaluate_OrdinaryOffenceBesideTheEvidence_CountsAgainst()
    {
        const string description = "A journalist insulting the chancellor";

        var political = Evaluate(Request(description), After); // lexicon 2 + journalist 2 + not free 2 = 6
        var fraud = Evaluate(Request(description, "Criminal Procedure Code", OffenceCategory.Fraud), After); // 6 - 3 = 3

        Assert.Equal(["predominant"], political.Findings.Select(f => f.Rule));
        Assert.Equal(["possible"], fraud.Findings.Select(f => f.Rule));
        Assert.Equal(-3, fraud.Findings[0].Evidence.Single(x => x.Signal == PoliticalSignal.OrdinaryOffence).Weight);
    }

    [Fact]
    public void Evaluate_ProtectedPersonAndGroupReach_AddTheirWeights()
    {
        var request = Request("Donations by a journalist's readers", "Criminal Procedure Code", OffenceCategory.Extremism) with
        {
            Targets = [new Target { Type = TargetType.CounterpartyOfWallet, Value = "bc1q-x", Role = TargetRole.Unknown }],
        };

        var result = Evaluate(request, After);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("predominant", finding.Rule);
        Assert.Equal([PoliticalSignal.OffenceCategory, PoliticalSignal.ProtectedStatus, PoliticalSignal.GroupReach, PoliticalSignal.NoSuspect, PoliticalSignal.Jurisdiction],
            finding.Evidence.Select(x => x.Signal));
    }

    [Fact]
    public void Evaluate_PredominantlyPolitical_RulesThatStandAsideDoNotFire()
    {
        var redirect = TestPolicy.Rule("route", RuleKind.ReputationFlag, Recommendation.Redirect) with { Scope = new RuleScope { ExceptPredominantlyPolitical = true } };
        var policy = With(Predominance(PredominanceLevel.Predominant), redirect);
        var context = new ScrutinyContext { AsOf = After, ProviderCountry = "AA", ReputationFlags = ["x"] };

        var political = ScrutinyEngine.Evaluate(Request("Insulting the Chancellor", "Penal Code Art. 99"), policy, context).Value;
        var ordinary = ScrutinyEngine.Evaluate(Request("Fraud", "Penal Code Art. 12", OffenceCategory.Fraud), policy, context).Value;

        Assert.Equal(["predominant"], political.Findings.Select(f => f.Rule));
        Assert.Equal(["route"], ordinary.Findings.Select(f => f.Rule));
    }
}
