using Custos.Domain.Decisions;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

public class DecisionTallyTests
{
    private static readonly ItemKey Subscriber0 = new(0, DataCategory.Subscriber);

    private static ItemTally Item(DecisionContext context, IEnumerable<Vote> votes, ItemKey? key = null) =>
        DecisionTally.Of(context, votes).Items.Single(i => i.Item == (key ?? Subscriber0));

    [Fact]
    public void Of_NoVotes_EveryItemPendingWaitingForEachFunction()
    {
        var tally = DecisionTally.Of(Context(), []);

        Assert.Equal(4, tally.Items.Count);
        Assert.All(tally.Items, i =>
        {
            Assert.Equal(ItemStatus.Pending, i.Status);
            Assert.Equal([ApprovalFunction.Legal, ApprovalFunction.Compliance], i.MissingFunctions);
            Assert.Equal("Waiting for approval by legal reviewer and compliance officer.", i.Explanation);
        });
    }

    [Fact]
    public void Of_LegalAndComplianceBothProduce_Satisfied()
    {
        var context = Context();
        var votes = new[] { Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1), Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber)), 2) };

        var item = Item(context, votes);

        Assert.Equal(ItemStatus.Satisfied, item.Status);
        Assert.Equal([new Approval(ApprovalFunction.Legal, "staff:legal", votes[0].Id), new Approval(ApprovalFunction.Compliance, "staff:compliance", votes[1].Id)], item.Approvals);
        Assert.Empty(item.MissingFunctions);
        Assert.Equal(new ItemRange(new(2021, 1, 1), new(2021, 3, 31)), item.Range);
        Assert.Equal([votes[0].Id, votes[1].Id], item.VoteIds);
    }

    [Fact]
    public void Of_OnePersonHoldingBothRoles_CountsOnceAndLeavesAFunctionMissing()
    {
        var context = Context();

        var item = Item(context, [Cast(context, LegalAndCompliance, Produce(Yes(0, DataCategory.Subscriber)))]);

        Assert.Equal(ItemStatus.Pending, item.Status);
        Assert.Single(item.Approvals);
        Assert.Single(item.MissingFunctions);
    }

    [Fact]
    public void Of_TwoRolePersonAndAComplianceOfficer_AssignsTheTwoRolePersonToLegal()
    {
        var context = Context();
        var first = Cast(context, LegalAndCompliance, Produce(Yes(0, DataCategory.Subscriber)), 1);
        var second = Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber)), 2);

        var item = Item(context, [first, second]);

        Assert.Equal(ItemStatus.Satisfied, item.Status);
        Assert.Contains(new Approval(ApprovalFunction.Legal, "staff:both", first.Id), item.Approvals);
        Assert.Contains(new Approval(ApprovalFunction.Compliance, "staff:compliance", second.Id), item.Approvals);
    }

    [Fact]
    public void Of_SamePersonVotingTwice_CountsOnce()
    {
        var context = Context();

        var item = Item(context, [Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1), Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 2)]);

        Assert.Equal(ItemStatus.Pending, item.Status);
        Assert.Equal([ApprovalFunction.Compliance], item.MissingFunctions);
        Assert.Equal(["staff:legal"], item.ProducedBy);
    }

    [Fact]
    public void Of_AnyRequiredFunctionWithholding_WithholdsTheItem()
    {
        var context = Context();

        var item = Item(context, [
            Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1),
            Cast(context, Compliance, Withhold(No(0, DataCategory.Subscriber)), 2),
            Cast(context, Legal2, Produce(Yes(0, DataCategory.Subscriber)), 3),
        ]);

        Assert.Equal(ItemStatus.Withheld, item.Status);
        Assert.Equal(["staff:compliance"], item.WithheldBy);
        Assert.Null(item.Range);
        Assert.Contains("staff:compliance", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_LaterVoteBySamePerson_ReplacesTheirEarlierLine()
    {
        var context = Context();
        var legal = Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1);
        var withhold = Cast(context, Compliance, Withhold(No(0, DataCategory.Subscriber)), 2);
        var produce = Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber)), 3);

        Assert.Equal(ItemStatus.Satisfied, Item(context, [legal, withhold, produce]).Status);
        Assert.Equal(ItemStatus.Withheld, Item(context, [legal, produce, withhold with { CastAt = Now.AddMinutes(4) }]).Status);
        // Order is by the time cast, whatever order the caller lists them in.
        Assert.Equal(ItemStatus.Satisfied, Item(context, [produce, withhold, legal]).Status);
    }

    [Fact]
    public void Of_NarrowedRanges_ProducesOnlyTheDaysEveryApproverApproved()
    {
        var context = Context();

        var item = Item(context, [
            Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber, new(2021, 1, 15), new(2021, 3, 31))), 1),
            Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber, new(2021, 1, 1), new(2021, 2, 28))), 2),
        ]);

        Assert.Equal(ItemStatus.Satisfied, item.Status);
        Assert.Equal(new ItemRange(new(2021, 1, 15), new(2021, 2, 28)), item.Range);
    }

    [Fact]
    public void Of_RangesThatDoNotOverlap_StayPending()
    {
        var context = Context();

        var item = Item(context, [
            Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber, new(2021, 1, 1), new(2021, 1, 31))), 1),
            Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber, new(2021, 2, 1), new(2021, 2, 28))), 2),
        ]);

        Assert.Equal(ItemStatus.Pending, item.Status);
        Assert.Null(item.Range);
        Assert.Contains("do not overlap", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_OneRequiredFunction_NeedsASecondPersonOfAnotherFunction()
    {
        var context = Context(ScrutinyOf(approvals: [ApprovalFunction.Legal]));
        var legal = Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1);

        var twoLawyers = Item(context, [legal, Cast(context, Legal2, Produce(Yes(0, DataCategory.Subscriber)), 2)]);
        var lawyerAndPrivacy = Item(context, [legal, Cast(context, Privacy, Produce(Yes(0, DataCategory.Subscriber)), 2)]);

        Assert.Equal(ItemStatus.Pending, twoLawyers.Status);
        Assert.Equal(1, twoLawyers.MissingOtherFunctions);
        Assert.Contains("one more approver of another function", twoLawyers.Explanation, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Satisfied, lawyerAndPrivacy.Status);
    }

    [Fact]
    public void Of_NoRequiredFunction_NeedsTwoPersonsOfDifferentFunctions()
    {
        var context = Context(ScrutinyOf(approvals: []));
        var privacy = Cast(context, Privacy, Produce(Yes(0, DataCategory.Subscriber)), 1);

        Assert.Equal(ItemStatus.Pending, Item(context, [privacy, Cast(context, Privacy2, Produce(Yes(0, DataCategory.Subscriber)), 2)]).Status);
        Assert.Equal(ItemStatus.Satisfied, Item(context, [privacy, Cast(context, Senior, Produce(Yes(0, DataCategory.Subscriber)), 2)]).Status);
    }

    [Fact]
    public void Of_HighTier_NeedsFourDistinctPersonsAndAPersonWithTwoOfThoseRolesCountsOnce()
    {
        var context = Context(ScrutinyOf(tier: RiskTier.High));
        var votes = new List<Vote>
        {
            Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber)), 1),
            Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber)), 2),
            Cast(context, RightsAndSenior, Produce(Yes(0, DataCategory.Subscriber)), 3),
        };

        var three = Item(context, votes);
        votes.Add(Cast(context, Senior, Produce(Yes(0, DataCategory.Subscriber)), 4));
        var four = Item(context, votes);

        Assert.Equal(ItemStatus.Pending, three.Status);
        Assert.Single(three.MissingFunctions);
        Assert.Equal(ItemStatus.Satisfied, four.Status);
        Assert.Contains(new Approval(ApprovalFunction.HumanRights, "staff:rights-senior", votes[2].Id), four.Approvals);
        Assert.Contains(new Approval(ApprovalFunction.Senior, "staff:senior", votes[3].Id), four.Approvals);
    }

    [Fact]
    public void Of_AgainstTheRecommendation_NeedsSeniorEscalationToo()
    {
        var context = Context(ScrutinyOf(Recommendation.Redirect));
        Ballot Justified(Ballot b) => b with { Justification = "Home FIU confirmed the case." };
        var votes = new List<Vote>
        {
            Cast(context, Legal, Justified(Produce(Yes(0, DataCategory.Subscriber))), 1),
            Cast(context, Compliance, Justified(Produce(Yes(0, DataCategory.Subscriber))), 2),
        };

        Assert.Equal([ApprovalFunction.Senior], Item(context, votes).MissingFunctions);
        votes.Add(Cast(context, Senior, Justified(Produce(Yes(0, DataCategory.Subscriber))), 3));
        Assert.Equal(ItemStatus.Satisfied, Item(context, votes).Status);
    }

    [Fact]
    public void Of_ItemsAreIndependent_VotesOnOneItemLeaveTheOthersPending()
    {
        var context = Context();
        var tally = DecisionTally.Of(context, [
            Cast(context, Legal, Produce(Yes(0, DataCategory.Subscriber), No(1, DataCategory.Transactions)), 1),
            Cast(context, Compliance, Produce(Yes(0, DataCategory.Subscriber)), 2),
        ]);

        Assert.Equal([ItemStatus.Satisfied, ItemStatus.Pending, ItemStatus.Pending, ItemStatus.Withheld], tally.Items.Select(i => i.Status));
        Assert.Single(tally.Satisfied);
        Assert.Single(tally.Withheld);
        Assert.Equal(2, tally.Pending.Count);
    }
}
