using Custos.Domain.Decisions;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

public class QuorumRulesTests
{
    private static readonly ItemKey Subscriber0 = new(0, DataCategory.Subscriber);

    [Fact]
    public void For_BaseApprovalsLowTierProduce_NeedsExactlyTheScrutinyFunctions()
    {
        var quorum = QuorumRules.For(Context(), Subscriber0);

        Assert.Equal([ApprovalFunction.Legal, ApprovalFunction.Compliance], quorum.Functions);
        Assert.Equal(0, quorum.OtherFunctions);
        Assert.False(quorum.AgainstRecommendation);
        Assert.All(quorum.Requirements, r => Assert.Contains("test-policy", r.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { ApprovalFunction.Legal }, 1)]
    [InlineData(new[] { ApprovalFunction.Legal, ApprovalFunction.Privacy }, 0)]
    [InlineData(new[] { ApprovalFunction.Legal, ApprovalFunction.Legal }, 1)]
    public void For_FewerThanTwoFunctions_AsksForOthersUpToTwo(string[] approvals, int others)
    {
        var quorum = QuorumRules.For(Context(ScrutinyOf(approvals: approvals)), Subscriber0);

        Assert.Equal(others, quorum.OtherFunctions);
        Assert.True(quorum.Functions.Count + quorum.OtherFunctions >= 2);
        Assert.Equal(approvals.Distinct(StringComparer.Ordinal), quorum.Functions);
    }

    [Theory]
    [InlineData("political.designation-list-abused", true)]
    [InlineData("political.possible-political-character", true)]
    [InlineData("human-rights.reviewer-required", true)]
    [InlineData("particularity.bulk-target", false)]
    [InlineData("politicalish.other", false)]
    public void For_FindingFamily_AddsHumanRightsOnlyForPoliticalOrHumanRights(string code, bool added)
    {
        var quorum = QuorumRules.For(Context(ScrutinyOf(findingCodes: code)), Subscriber0);

        Assert.Equal(added, quorum.Functions.Contains(ApprovalFunction.HumanRights));
        if (added)
        {
            Assert.Contains(code, quorum.Requirements.Single(r => r.Function == ApprovalFunction.HumanRights).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(RiskTier.Low, false)]
    [InlineData(RiskTier.Elevated, false)]
    [InlineData(RiskTier.High, true)]
    public void For_Tier_HighAddsHumanRightsAndSenior(RiskTier tier, bool high)
    {
        var quorum = QuorumRules.For(Context(ScrutinyOf(tier: tier)), Subscriber0);

        Assert.Equal(high, quorum.Functions.Contains(ApprovalFunction.HumanRights));
        Assert.Equal(high, quorum.Functions.Contains(ApprovalFunction.Senior));
        Assert.False(quorum.AgainstRecommendation);
    }

    [Theory]
    [InlineData(Recommendation.Produce, false, false)]
    [InlineData(Recommendation.Narrow, false, false)]
    [InlineData(Recommendation.Escalate, true, false)]
    [InlineData(Recommendation.Preserve, true, true)]
    [InlineData(Recommendation.Clarify, true, true)]
    [InlineData(Recommendation.Incomplete, true, true)]
    [InlineData(Recommendation.Redirect, true, true)]
    [InlineData(Recommendation.Deny, true, true)]
    public void For_Recommendation_SeniorWhenEscalatedOrAgainstIt(Recommendation recommendation, bool senior, bool against)
    {
        var context = Context(ScrutinyOf(recommendation));

        var quorum = QuorumRules.For(context, Subscriber0);

        Assert.Equal(senior, quorum.Functions.Contains(ApprovalFunction.Senior));
        Assert.Equal(against, quorum.AgainstRecommendation);
        Assert.Equal(against, QuorumRules.AgainstRecommendation(context, Subscriber0) is not null);
    }

    [Fact]
    public void For_CategoryTheProcessDoesNotSupport_IsAgainstTheRecommendationForThatItemOnly()
    {
        var context = Context(ScrutinyOf(supported: [DataCategory.Subscriber]));

        var subscriber = QuorumRules.For(context, Subscriber0);
        var transactions = QuorumRules.For(context, new ItemKey(0, DataCategory.Transactions));

        Assert.False(subscriber.AgainstRecommendation);
        Assert.DoesNotContain(ApprovalFunction.Senior, subscriber.Functions);
        Assert.True(transactions.AgainstRecommendation);
        Assert.Contains(ApprovalFunction.Senior, transactions.Functions);
        Assert.Contains("does not support transactions", transactions.Requirements.Single(r => r.Function == ApprovalFunction.Senior).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_EveryReasonAtOnce_ListsEachFunctionOnceWithItsFirstReason()
    {
        var scrutiny = ScrutinyOf(Recommendation.Deny, RiskTier.High, [ApprovalFunction.Legal, ApprovalFunction.Compliance, ApprovalFunction.HumanRights, ApprovalFunction.Senior], findingCodes: "political.x");

        var quorum = QuorumRules.For(Context(scrutiny), Subscriber0);

        Assert.Equal([ApprovalFunction.Legal, ApprovalFunction.Compliance, ApprovalFunction.HumanRights, ApprovalFunction.Senior], quorum.Functions);
        Assert.True(quorum.AgainstRecommendation);
    }

    [Theory]
    [InlineData(ApprovalFunction.Legal, "legal-reviewer")]
    [InlineData(ApprovalFunction.Compliance, "compliance-officer")]
    [InlineData(ApprovalFunction.Privacy, "privacy-officer")]
    [InlineData(ApprovalFunction.HumanRights, "human-rights-reviewer")]
    [InlineData(ApprovalFunction.Senior, "senior-escalation")]
    [InlineData("dpo", null)]
    public void RoleFor_EachFunction_IsTheRoleThatFillsIt(string function, string? role)
    {
        Assert.Equal(role, ApprovalFunction.RoleFor(function));
        Assert.Equal(role is not null, ApprovalFunction.IsKnown(function));
    }

    [Fact]
    public void FunctionsOf_EveryReviewerRole_FillsOneFunction_OtherRolesNone()
    {
        Assert.Equal(ApprovalFunction.All, ApprovalFunction.FunctionsOf(StaffRole.Reviewers));
        Assert.Empty(ApprovalFunction.FunctionsOf([StaffRole.IntakeAnalyst, StaffRole.Administrator, StaffRole.Auditor]));
    }
}
