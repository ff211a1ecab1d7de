using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

public class ProduceAndRequestDecisionTests
{
    private static readonly EmergencyConfirmation Confirmed = new()
    {
        CalledBy = "staff:analyst", NumberCalled = "+12025550100", CalledAt = Now.AddHours(-1), Outcome = CallOutcome.Confirmed,
        Statement = "Duty officer confirmed", RecordedAt = Now.AddHours(-1),
    };

    /// <summary>Legal and compliance produce every item but the last, which compliance withholds.</summary>
    private static (DecisionContext Context, DecisionTally Tally, Vote[] Votes) Decided(DecisionContext? context = null)
    {
        context ??= Context();
        var items = All(context);
        var legal = Cast(context, Legal, Produce(items), 1);
        var compliance = Cast(context, Compliance, Produce([.. items[..^1], items[^1] with { Produce = false }]), 2);
        return (context, DecisionTally.Of(context, [legal, compliance]), [legal, compliance]);
    }

    [Fact]
    public void Produce_EveryItemSatisfiedOrWithheld_PlansExactlyTheApprovedItemsAndRanges()
    {
        var (context, tally, votes) = Decided();

        var plan = DecisionRules.Produce(context, tally, Legal, "dec_1");

        Assert.True(plan.IsSuccess);
        Assert.True(DecisionRules.Readiness(context, tally).IsReady);
        Assert.Equal("dec_1", plan.Value.DecisionId);
        Assert.Equal("staff:legal", plan.Value.DecidedBy);
        Assert.Equal(context.Items.Take(3), plan.Value.Items.Select(i => i.Item));
        Assert.All(plan.Value.Items, i => Assert.Equal(new ItemRange(new(2021, 1, 1), new(2021, 3, 31)), i.Range));
        Assert.Equal([context.Items[3]], plan.Value.Withheld);
        Assert.Equal(votes.Select(v => v.Id), plan.Value.VoteIds);
        Assert.Equal([RequestTrigger.Decide], plan.Value.Triggers);
    }

    [Fact]
    public void Produce_AnItemPending_RefusedNamingTheItemAndWhatItWaitsFor()
    {
        var context = Context();
        var tally = DecisionTally.Of(context, [Cast(context, Legal, Produce(All(context)))]);

        var plan = DecisionRules.Produce(context, tally, Legal, "dec_1");

        Assert.Equal(["decision.quorum-incomplete"], Codes(plan));
        Assert.Contains("Target 0 × subscriber", plan.Error.Message, StringComparison.Ordinal);
        Assert.Contains("compliance officer", plan.Error.Message, StringComparison.Ordinal);
        Assert.False(DecisionRules.Readiness(context, tally).IsReady);
    }

    [Fact]
    public void Produce_EveryItemWithheld_RefusedAsNothingToProduce()
    {
        var context = Context();
        var tally = DecisionTally.Of(context, [Cast(context, Compliance, Withhold(All(context, produce: false)))]);

        Assert.Equal(["decision.nothing-to-produce"], Codes(DecisionRules.Produce(context, tally, Legal, "dec_1")));
    }

    [Theory]
    [InlineData("regional", "decision.regional-staff")]
    [InlineData("took-it-in", "decision.own-intake")]
    [InlineData("analyst", "decision.not-a-reviewer")]
    [InlineData("operator", "decision.not-staff")]
    public void Produce_ByAnIneligiblePerson_RefusedEvenWithAQuorum(string who, string code)
    {
        var (context, tally, _) = Decided(Context(submittedBy: Senior.Id));
        var actor = who switch
        {
            "regional" => RegionalLegal,
            "took-it-in" => Senior,
            "analyst" => Analyst,
            _ => Actor.CommandLine,
        };

        Assert.Equal([code], Codes(DecisionRules.Produce(context, tally, actor, "dec_1")));
    }

    [Fact]
    public void Produce_RequestAlreadyDecided_Refused()
    {
        var (context, tally, _) = Decided();

        Assert.Equal(["decision.wrong-state"], Codes(DecisionRules.Produce(context with { Status = RequestStatus.Decided }, tally, Legal, "dec_1")));
    }

    [Fact]
    public void Produce_EmergencyBeforeConfirmation_BlockedThenAllowedOnceConfirmed()
    {
        var (context, tally, _) = Decided(Context(request: Request(RequestKind.Emergency)));

        Assert.Equal(["decision.emergency-unconfirmed"], Codes(DecisionRules.Produce(context, tally, Legal, "dec_1")));
        Assert.Equal(["decision.emergency-denied"], Codes(DecisionRules.Produce(context with { EmergencyConfirmation = Confirmed with { Outcome = CallOutcome.Denied } }, tally, Legal, "dec_1")));
        Assert.True(DecisionRules.Produce(context with { EmergencyConfirmation = Confirmed }, tally, Legal, "dec_1").IsSuccess);
    }

    [Fact]
    public void Readiness_SeveralThingsWrong_ListsEveryBlocker()
    {
        var context = Context(request: Request(RequestKind.Emergency), status: RequestStatus.AwaitingClarification);

        var readiness = DecisionRules.Readiness(context, DecisionTally.Of(context, []));

        Assert.Equal(["decision.wrong-state", "decision.emergency-unconfirmed", "decision.quorum-incomplete"], readiness.Blockers.Select(b => b.Code));
    }

    [Fact]
    public void Readiness_Preservation_NeverProducible()
    {
        var context = Context(request: Request(RequestKind.Preservation));

        Assert.Contains("decision.not-producible", DecisionRules.Readiness(context, DecisionTally.Of(context, [])).Blockers.Select(b => b.Code));
    }

    [Fact]
    public void Readiness_InformalApproach_NeverProducible()
    {
        var context = Context(status: RequestStatus.InformalApproach, informal: true);

        Assert.Equal("decision.informal-approach", DecisionRules.Readiness(context, DecisionTally.Of(context, [])).Blockers[0].Code);
    }

    [Theory]
    [InlineData(RequestStatus.UnderReview, new[] { RequestTrigger.Decide, RequestTrigger.Close })]
    [InlineData(RequestStatus.AwaitingClarification, new[] { RequestTrigger.Close })]
    public void Refuse_UnderReviewOrWaiting_ClosesTheRequestThroughTheLifecycle(RequestStatus status, RequestTrigger[] triggers)
    {
        var outcome = DecisionRules.Refuse(Context(status: status), Compliance, "Overbroad and politically motivated.");

        Assert.True(outcome.IsSuccess);
        Assert.Equal((DecisionAct.Refuse, "staff:compliance", "Overbroad and politically motivated."), (outcome.Value.Act, outcome.Value.ActorId, outcome.Value.Rationale));
        Assert.Equal(triggers, outcome.Value.Triggers);
        var next = status;
        foreach (var trigger in triggers)
        {
            next = RequestLifecycle.Apply(next, trigger).Value;
        }

        Assert.Equal(RequestStatus.Closed, next);
    }

    [Fact]
    public void Refuse_WithoutRationale_OrByRegionalStaff_OrAnInformalApproach_Refused()
    {
        Assert.Equal(["decision.rationale-required"], Codes(DecisionRules.Refuse(Context(), Compliance, " ")));
        Assert.Equal(["decision.rationale-too-long"], Codes(DecisionRules.Refuse(Context(), Compliance, new string('x', 10_001))));
        Assert.Equal(["decision.regional-staff"], Codes(DecisionRules.Refuse(Context(), RegionalLegal, "No.")));
        Assert.Equal(["decision.informal-approach"], Codes(DecisionRules.Refuse(Context(status: RequestStatus.Escalated, informal: true), Compliance, "No.")));
        Assert.Equal(["decision.wrong-state"], Codes(DecisionRules.Refuse(Context(status: RequestStatus.Produced), Compliance, "No.")));
    }

    [Fact]
    public void PushBack_UnderReview_AsksTheAgencyAndOtherwiseRefused()
    {
        var outcome = DecisionRules.PushBack(Context(), Legal, "Name the accounts; 'all donors' is overbroad.");

        Assert.Equal([RequestTrigger.AskClarification], outcome.Value.Triggers);
        Assert.Equal(RequestStatus.AwaitingClarification, RequestLifecycle.Apply(RequestStatus.UnderReview, outcome.Value.Triggers[0]).Value);
        Assert.Equal(["decision.message-required"], Codes(DecisionRules.PushBack(Context(), Legal, "")));
        Assert.Equal(["decision.message-too-long"], Codes(DecisionRules.PushBack(Context(), Legal, new string('x', 10_001))));
        Assert.Equal(["decision.wrong-state"], Codes(DecisionRules.PushBack(Context(status: RequestStatus.AwaitingClarification), Legal, "Again?")));
        Assert.Equal(["decision.own-intake"], Codes(DecisionRules.PushBack(Context(submittedBy: Legal.Id), Legal, "Overbroad.")));
    }

    [Theory]
    [InlineData(RequestStatus.Received, true)]
    [InlineData(RequestStatus.AwaitingVerification, true)]
    [InlineData(RequestStatus.UnderReview, true)]
    [InlineData(RequestStatus.Decided, false)]
    [InlineData(RequestStatus.Preserved, false)]
    public void Preserve_BeforeADecision_FreezesThroughTheLifecycle(RequestStatus status, bool allowed)
    {
        var outcome = DecisionRules.Preserve(Context(request: Request(RequestKind.Preservation), status: status), Legal, "2703(f) letter.");

        Assert.Equal(allowed, outcome.IsSuccess);
        if (allowed)
        {
            Assert.Equal(RequestStatus.Preserved, RequestLifecycle.Apply(status, outcome.Value.Triggers.Single()).Value);
        }
        else
        {
            Assert.Equal(["decision.wrong-state"], Codes(outcome));
        }
    }

    [Fact]
    public void Preserve_AFreezeRequest_OrWithoutRationale_Refused()
    {
        Assert.Equal(["decision.wrong-state"], Codes(DecisionRules.Preserve(Context(request: Request(RequestKind.Freeze)), Legal, "x")));
        Assert.Equal(["decision.rationale-required"], Codes(DecisionRules.Preserve(Context(), Legal, null)));
        Assert.True(DecisionRules.Preserve(Context(), Legal, "Preserve while the agency obtains a warrant.").IsSuccess);
    }
}
