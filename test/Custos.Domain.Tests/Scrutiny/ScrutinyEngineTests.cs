using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestPolicy;

namespace Custos.Domain.Tests.Scrutiny;

public class ScrutinyEngineTests
{
    private static readonly ScrutinyContext s_aa = new() { AsOf = new DateOnly(2025, 3, 10), ProviderCountry = "AA" };

    [Fact]
    public void Evaluate_NoRuleFires_ProducesWithBaseApprovalsAndServiceLevel()
    {
        var result = ScrutinyEngine.Evaluate(Request(), With(), s_aa).Value;

        Assert.Equal(Recommendation.Produce, result.Recommendation);
        Assert.Empty(result.Findings);
        Assert.Equal(["legal", "compliance"], result.RequiredApprovals);
        Assert.Equal(new DateTimeOffset(2025, 3, 24, 14, 0, 0, TimeSpan.Zero), result.Deadline);
        Assert.True(result.Notification.Allowed);
        Assert.Equal("test-1", result.PolicyVersion);
    }

    [Fact]
    public void Evaluate_FindingsPointDifferentWays_MostRestrictiveWins()
    {
        var request = Request() with { Channel = RequestChannel.Phone, Agency = Request().Agency with { Verification = AgencyVerification.Failed } };
        var policy = With(
            Rule("informal", RuleKind.InformalChannel, Recommendation.Clarify, new RuleParameters { Channels = [RequestChannel.Phone] }),
            Rule("failed", RuleKind.AgencyVerification, Recommendation.Deny, new RuleParameters { Verifications = [AgencyVerification.Failed] }),
            Rule("reputation", RuleKind.ReputationFlag, Recommendation.Escalate));

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa with { ReputationFlags = ["x"] }).Value;

        Assert.Equal(Recommendation.Deny, result.Recommendation);
        Assert.Equal(["informal", "failed", "reputation"], result.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualResults()
    {
        var policy = With(Rule("matrix", RuleKind.ProcessMatrix, Recommendation.Narrow));
        var request = Request() with { DataCategories = [DataCategory.Subscriber, DataCategory.Transactions] };

        var first = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;
        var second = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.Equal(first.Recommendation, second.Recommendation);
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.SupportedDataCategories, second.SupportedDataCategories);
    }

    [Fact]
    public void Evaluate_ProcessSupportsSomeCategories_NarrowsToThem()
    {
        var policy = With(Rule("matrix", RuleKind.ProcessMatrix, Recommendation.Narrow, new RuleParameters { WhenNoneSupported = Recommendation.Clarify },
            message: "{process} lacks {unsupported}; keep {supported}; needs {needed}"));
        var request = Request() with { DataCategories = [DataCategory.Subscriber, DataCategory.Transactions] };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.Equal(Recommendation.Narrow, result.Recommendation);
        Assert.Equal([DataCategory.Subscriber], result.SupportedDataCategories);
        Assert.Equal("subpoena lacks transactions; keep subscriber; needs transactions: court-order", result.Findings[0].Message);
    }

    [Fact]
    public void Evaluate_ProcessSupportsNoCategory_UsesWhenNoneSupported()
    {
        var policy = With(Rule("matrix", RuleKind.ProcessMatrix, Recommendation.Narrow, new RuleParameters { WhenNoneSupported = Recommendation.Clarify }));
        var request = Request() with { DataCategories = [DataCategory.Content] };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.Equal(Recommendation.Clarify, result.Recommendation);
        Assert.Empty(result.SupportedDataCategories);
    }

    [Fact]
    public void Evaluate_RuleNotYetInForce_DoesNotFire()
    {
        var policy = With(Rule("later", RuleKind.ReputationFlag, Recommendation.Escalate, from: new DateOnly(2026, 1, 1)));

        var before = ScrutinyEngine.Evaluate(Request(), policy, s_aa with { ReputationFlags = ["x"] }).Value;
        var after = ScrutinyEngine.Evaluate(Request(), policy, s_aa with { ReputationFlags = ["x"], AsOf = new DateOnly(2026, 1, 1) }).Value;

        Assert.Equal(Recommendation.Produce, before.Recommendation);
        Assert.Equal(Recommendation.Escalate, after.Recommendation);
    }

    [Theory]
    [InlineData(2019, 6, 1, RiskTier.Low)]
    [InlineData(2020, 6, 1, RiskTier.Elevated)]
    [InlineData(2020, 12, 31, RiskTier.Elevated)]
    [InlineData(2021, 1, 1, RiskTier.Low)]
    [InlineData(2022, 1, 1, RiskTier.High)]
    public void Evaluate_TierFollowsTheFactsOnTheDate(int year, int month, int day, RiskTier expected)
    {
        var result = ScrutinyEngine.Evaluate(Request("BB"), With(), s_aa with { AsOf = new DateOnly(year, month, day) }).Value;

        Assert.Equal(expected, result.RiskTier);
    }

    [Fact]
    public void Evaluate_GagWithEnd_NoticeWaitsUntilItsEnd()
    {
        var policy = With(Rule("gag", RuleKind.GagWithEnd), Rule("emergency", RuleKind.EmergencyNotice));
        var request = Request() with { NonDisclosure = new NonDisclosure { Required = true, Basis = "order", Until = new DateOnly(2025, 9, 1) } };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.False(result.Notification.Allowed);
        Assert.Equal(new DateOnly(2025, 9, 1), result.Notification.NotBefore);
        Assert.Equal(["gag"], result.Findings.Select(f => f.Rule)); // not an emergency: that rule stays silent
    }

    [Fact]
    public void Evaluate_GagWithEndAndTippingOff_NoticeHasNoEnd()
    {
        var policy = With(Rule("gag", RuleKind.GagWithEnd), Rule("tipping", RuleKind.TippingOff));
        var request = Request() with { NonDisclosure = new NonDisclosure { Required = true, Basis = "order", Until = new DateOnly(2025, 9, 1), TippingOff = true } };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.False(result.Notification.Allowed);
        Assert.Null(result.Notification.NotBefore);
        Assert.Equal(["tipping"], result.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Evaluate_MissingRequiredField_StopsTheClock()
    {
        var policy = With(Rule("basis", RuleKind.RequiredField, Recommendation.Incomplete, new RuleParameters { Field = RequiredField.LegalBasis, Placeholders = ["not stated"] }));
        var request = Request() with { LegalProcess = Request().LegalProcess! with { LegalBasis = "Not Stated" } };

        var result = ScrutinyEngine.Evaluate(request, policy, s_aa).Value;

        Assert.Equal(Recommendation.Incomplete, result.Recommendation);
        Assert.Null(result.Deadline);
    }

    [Fact]
    public void Evaluate_EEvidenceServiceLevel_AppliesOnlyFromItsDate()
    {
        var request = Request() with { LegalProcess = Request().LegalProcess! with { Type = LegalProcessType.EEvidenceProductionOrder } };
        var before = request with { ReceivedAt = new DateTimeOffset(2026, 8, 17, 8, 0, 0, TimeSpan.Zero) };
        var after = request with { ReceivedAt = new DateTimeOffset(2026, 8, 18, 8, 0, 0, TimeSpan.Zero) };

        Assert.Equal(new DateTimeOffset(2026, 8, 31, 8, 0, 0, TimeSpan.Zero), ScrutinyEngine.Evaluate(before, With(), s_aa).Value.Deadline);
        Assert.Equal(new DateTimeOffset(2026, 8, 28, 8, 0, 0, TimeSpan.Zero), ScrutinyEngine.Evaluate(after, With(), s_aa).Value.Deadline);
    }

    [Fact]
    public void Evaluate_FreeMailSubdomain_Fires()
    {
        var request = Request() with { Agency = Request().Agency with { Email = "cop@mail.gmail.com", Domain = null } };

        var result = ScrutinyEngine.Evaluate(request, With(Rule("free", RuleKind.FreeMailDomain, Recommendation.Deny, message: "from {domain}")), s_aa).Value;

        Assert.Equal("from mail.gmail.com", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Evaluate_UnknownProviderCountry_IsAnError()
    {
        var result = ScrutinyEngine.Evaluate(Request(), With(), s_aa with { ProviderCountry = "ZZ" });

        Assert.False(result.IsSuccess);
        Assert.Equal("scrutiny.provider-jurisdiction-unknown", result.Error.Code);
    }

    [Fact]
    public void DomainAssembly_ReferencesNoSerialisationLibrary()
    {
        var references = typeof(ScrutinyEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("YamlDotNet", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("System.Text.Json", StringComparison.Ordinal));
    }
}
