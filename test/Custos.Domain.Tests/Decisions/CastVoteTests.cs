using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

public class CastVoteTests
{
    private static readonly Ballot Simple = Produce(Yes(0, DataCategory.Subscriber));

    public static TheoryData<string, string[]> PersonCases => new()
    {
        { "operator", ["decision.not-staff"] },
        { "system", ["decision.not-staff"] },
        { "officer", ["decision.not-staff"] },
        { "agency-key", ["decision.not-staff"] },
        { "regional-legal", ["decision.regional-staff"] },
        { "regional-analyst", ["decision.regional-staff", "decision.not-a-reviewer"] },
        { "analyst", ["decision.not-a-reviewer"] },
        { "administrator", ["decision.not-a-reviewer"] },
        { "auditor", ["decision.not-a-reviewer"] },
        { "no-roles", ["decision.not-a-reviewer"] },
        { "took-it-in", ["decision.own-intake"] },
        { "regional-analyst-who-took-it-in", ["decision.regional-staff", "decision.not-a-reviewer", "decision.own-intake"] },
    };

    [Theory]
    [MemberData(nameof(PersonCases))]
    public void CastVote_IneligiblePerson_RefusedNamingEveryPersonRule(string who, string[] codes)
    {
        var (actor, submittedBy) = who switch
        {
            "operator" => (Actor.CommandLine, "officer:o1"),
            "system" => (Actor.System, "officer:o1"),
            "officer" => (Actor.Officer("o1", "agy_1"), "officer:o1"),
            "agency-key" => (Actor.ApiKey("k1", "agy_1"), "officer:o1"),
            "regional-legal" => (RegionalLegal, "officer:o1"),
            "regional-analyst" => (RegionalAnalyst, "officer:o1"),
            "analyst" => (Analyst, "officer:o1"),
            "administrator" => (Person("admin", StaffRole.Administrator), "officer:o1"),
            "auditor" => (Person("auditor", StaffRole.Auditor), "officer:o1"),
            "no-roles" => (Person("nobody"), "officer:o1"),
            "took-it-in" => (Legal, Legal.Id),
            "regional-analyst-who-took-it-in" => (RegionalAnalyst, RegionalAnalyst.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };

        var vote = DecisionRules.CastVote(Context(submittedBy: submittedBy), actor, Simple, "vot_1", Now);

        Assert.False(vote.IsSuccess);
        Assert.Equal(codes, Codes(vote));
        Assert.All(vote.Errors, e => Assert.Equal(Common.ErrorKind.Forbidden, e.Kind));
    }

    [Fact]
    public void CastVote_ReviewerWhoAlsoTookOtherRequestsIn_IsAcceptedOnSomeoneElsesRequest()
    {
        var legalAnalyst = Person("legal-analyst", StaffRole.LegalReviewer, StaffRole.IntakeAnalyst);

        Assert.True(DecisionRules.CastVote(Context(submittedBy: "staff:someone-else"), legalAnalyst, Simple, "vot_1", Now).IsSuccess);
        Assert.Equal(["decision.own-intake"], Codes(DecisionRules.CastVote(Context(submittedBy: legalAnalyst.Id), legalAnalyst, Simple, "vot_1", Now)));
    }

    [Fact]
    public void CastVote_InformalApproach_NeverApprovable()
    {
        var vote = DecisionRules.CastVote(Context(status: RequestStatus.InformalApproach, informal: true), Legal, Simple, "vot_1", Now);

        Assert.Equal(["decision.informal-approach"], Codes(vote));
    }

    [Fact]
    public void CastVote_InformalApproachEvenIfSomehowUnderReview_StillRefused()
    {
        Assert.Equal(["decision.informal-approach"], Codes(DecisionRules.CastVote(Context(informal: true), Legal, Simple, "vot_1", Now)));
    }

    [Theory]
    [InlineData(RequestStatus.Received)]
    [InlineData(RequestStatus.Incomplete)]
    [InlineData(RequestStatus.AwaitingVerification)]
    [InlineData(RequestStatus.AwaitingClarification)]
    [InlineData(RequestStatus.Decided)]
    [InlineData(RequestStatus.Produced)]
    [InlineData(RequestStatus.Delivered)]
    [InlineData(RequestStatus.Closed)]
    [InlineData(RequestStatus.Preserved)]
    [InlineData(RequestStatus.PreservationReleased)]
    [InlineData(RequestStatus.PreservationConverted)]
    [InlineData(RequestStatus.Escalated)]
    public void CastVote_RequestNotUnderReview_RefusedAsConflict(RequestStatus status)
    {
        var vote = DecisionRules.CastVote(Context(status: status), Legal, Simple, "vot_1", Now);

        Assert.Equal(["decision.wrong-state"], Codes(vote));
        Assert.Equal(Common.ErrorKind.Conflict, vote.Error.Kind);
    }

    [Fact]
    public void CastVote_PersonAndStateBothWrong_NamesThePersonFirst()
    {
        Assert.Equal(["decision.regional-staff"], Codes(DecisionRules.CastVote(Context(status: RequestStatus.Closed), RegionalLegal, Simple, "vot_1", Now)));
    }

    [Theory]
    [InlineData(null, "decision.rationale-required")]
    [InlineData("", "decision.rationale-required")]
    [InlineData("   ", "decision.rationale-required")]
    public void CastVote_NoRationale_Refused(string? rationale, string code)
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Simple with { Rationale = rationale }, "vot_1", Now);

        Assert.Equal([code], Codes(vote));
        Assert.Equal("rationale", vote.Error.Field);
    }

    [Fact]
    public void CastVote_RationaleAtAndOverTheLimit_AcceptedThenRefused()
    {
        Assert.True(DecisionRules.CastVote(Context(), Legal, Simple with { Rationale = new string('r', 10_000) }, "vot_1", Now).IsSuccess);
        Assert.Equal(["decision.rationale-too-long"], Codes(DecisionRules.CastVote(Context(), Legal, Simple with { Rationale = new string('r', 10_001) }, "vot_1", Now)));
        Assert.Equal(["decision.justification-too-long"], Codes(DecisionRules.CastVote(Context(), Legal, Simple with { Justification = new string('j', 10_001) }, "vot_1", Now)));
    }

    [Fact]
    public void CastVote_NoItems_Refused() =>
        Assert.Equal(["decision.items-required"], Codes(DecisionRules.CastVote(Context(), Legal, Produce(), "vot_1", Now)));

    [Theory]
    [InlineData(-1, "items[0].target")]
    [InlineData(2, "items[0].target")]
    [InlineData(int.MaxValue, "items[0].target")]
    public void CastVote_TargetThatDoesNotExist_RefusedNamingTheField(int target, string field)
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Produce(Yes(target, DataCategory.Subscriber)), "vot_1", Now);

        Assert.Equal(["decision.item-unknown"], Codes(vote));
        Assert.Equal(field, vote.Error.Field);
        Assert.Contains("0 to 1", vote.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CastVote_CategoryNotAskedFor_RefusedNamingTheField()
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Produce(Yes(0, DataCategory.Subscriber), Yes(1, DataCategory.Content)), "vot_1", Now);

        Assert.Equal(["decision.item-unknown"], Codes(vote));
        Assert.Equal("items[1].category", vote.Error.Field);
        Assert.Contains("content", vote.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CastVote_SameItemTwice_Refused()
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Produce(Yes(0, DataCategory.Subscriber), No(0, DataCategory.Subscriber)), "vot_1", Now);

        Assert.Equal(["decision.item-duplicate"], Codes(vote));
        Assert.Equal("items[1]", vote.Error.Field);
    }

    [Fact]
    public void CastVote_SeveralBadLines_ReportsEachWithItsField()
    {
        var vote = DecisionRules.CastVote(Context(), Legal, new Ballot([Yes(5, DataCategory.Subscriber), Yes(0, DataCategory.Content)], ""), "vot_1", Now);

        Assert.Equal(["rationale", "items[0].target", "items[1].category"], vote.Errors.Select(e => e.Field));
    }

    [Fact]
    public void CastVote_FunctionTheItemDoesNotNeed_Refused()
    {
        var vote = DecisionRules.CastVote(Context(), Privacy, Simple, "vot_1", Now);

        Assert.Equal(["decision.function-not-needed"], Codes(vote));
        Assert.Contains("legal reviewer, compliance officer", vote.Error.Message, StringComparison.Ordinal);
        Assert.Contains("privacy officer", vote.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CastVote_AnyFunctionWhenTheQuorumNeedsAnotherFunction_Accepted()
    {
        var context = Context(ScrutinyOf(approvals: [ApprovalFunction.Legal]));

        Assert.True(DecisionRules.CastVote(context, Privacy, Simple, "vot_1", Now).IsSuccess);
        Assert.True(DecisionRules.CastVote(context, Senior, Simple, "vot_2", Now).IsSuccess);
    }

    [Fact]
    public void CastVote_HumanRightsReviewer_NeededOnlyWhenFlaggedOrHighTier()
    {
        Assert.Equal(["decision.function-not-needed"], Codes(DecisionRules.CastVote(Context(), HumanRights, Simple, "vot_1", Now)));
        Assert.True(DecisionRules.CastVote(Context(ScrutinyOf(findingCodes: "political.possible-political-character")), HumanRights, Simple, "vot_1", Now).IsSuccess);
        Assert.True(DecisionRules.CastVote(Context(ScrutinyOf(tier: RiskTier.High)), HumanRights, Simple, "vot_1", Now).IsSuccess);
    }

    [Fact]
    public void CastVote_DefaultRange_IsTheRequestsAndOmittedEndsAreFilledFromIt()
    {
        var vote = Cast(Context(), Legal, Produce(Yes(0, DataCategory.Subscriber), Yes(1, DataCategory.Subscriber, from: new DateOnly(2021, 2, 1))));

        Assert.Equal(new ItemRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 3, 31)), vote.Items[0].Range);
        Assert.Equal(new ItemRange(new DateOnly(2021, 2, 1), new DateOnly(2021, 3, 31)), vote.Items[1].Range);
    }

    [Theory]
    [InlineData(2020, 12, 31, 2021, 3, 31, "decision.range-wider")]
    [InlineData(2021, 1, 1, 2021, 4, 1, "decision.range-wider")]
    [InlineData(2021, 3, 1, 2021, 2, 1, "decision.range-reversed")]
    [InlineData(2021, 1, 1, 2021, 3, 31, null)]
    [InlineData(2021, 2, 10, 2021, 2, 10, null)]
    public void CastVote_Range_NeverWiderThanTheRequestsNorReversed(int fy, int fm, int fd, int ty, int tm, int td, string? code)
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Produce(Yes(0, DataCategory.Transactions, new DateOnly(fy, fm, fd), new DateOnly(ty, tm, td))), "vot_1", Now);

        if (code is null)
        {
            Assert.True(vote.IsSuccess);
            Assert.Equal(new ItemRange(new DateOnly(fy, fm, fd), new DateOnly(ty, tm, td)), vote.Value.Items[0].Range);
        }
        else
        {
            Assert.Equal([code], Codes(vote));
            Assert.Equal("items[0].dateRange", vote.Error.Field);
        }
    }

    [Fact]
    public void CastVote_OpenEndedRequestWithoutABound_RefusedUntilBothDaysAreGiven()
    {
        var context = Context(request: Request(range: new DateRange { From = new DateOnly(2021, 1, 1) }));

        Assert.Equal(["decision.range-unbounded"], Codes(DecisionRules.CastVote(context, Legal, Simple, "vot_1", Now)));
        var bounded = DecisionRules.CastVote(context, Legal, Produce(Yes(0, DataCategory.Subscriber, to: new DateOnly(2021, 6, 30))), "vot_1", Now);
        Assert.True(bounded.IsSuccess);
        Assert.Equal(new ItemRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30)), bounded.Value.Items[0].Range);
        Assert.Equal(["decision.range-wider"], Codes(DecisionRules.CastVote(context, Legal, Produce(Yes(0, DataCategory.Subscriber, new DateOnly(2020, 12, 1), new DateOnly(2021, 6, 30))), "vot_1", Now)));
    }

    [Fact]
    public void CastVote_WithholdWithARange_Refused()
    {
        var vote = DecisionRules.CastVote(Context(), Legal, Withhold(new ItemChoice(0, DataCategory.Subscriber, false, new DateOnly(2021, 1, 1))), "vot_1", Now);

        Assert.Equal(["decision.range-on-withhold"], Codes(vote));
    }

    [Theory]
    [InlineData(RequestKind.Preservation)]
    [InlineData(RequestKind.Freeze)]
    public void CastVote_ProduceOnAPreservationOrFreeze_RefusedButWithholdAccepted(RequestKind kind)
    {
        var context = Context(request: Request(kind));

        Assert.Equal(["decision.not-producible"], Codes(DecisionRules.CastVote(context, Legal, Simple, "vot_1", Now)));
        Assert.True(DecisionRules.CastVote(context, Legal, Withhold(No(0, DataCategory.Subscriber)), "vot_1", Now).IsSuccess);
    }

    [Fact]
    public void CastVote_ProduceAgainstTheRecommendation_NeedsAJustification()
    {
        var context = Context(ScrutinyOf(Recommendation.Deny, approvals: [ApprovalFunction.Legal, ApprovalFunction.Compliance]));

        var without = DecisionRules.CastVote(context, Legal, Simple, "vot_1", Now);
        var with = DecisionRules.CastVote(context, Legal, Simple with { Justification = "The court order was re-issued by a judge." }, "vot_1", Now);
        var withhold = DecisionRules.CastVote(context, Legal, Withhold(No(0, DataCategory.Subscriber)), "vot_1", Now);

        Assert.Equal(["decision.justification-required"], Codes(without));
        Assert.Equal("justification", without.Error.Field);
        Assert.Contains("recommends deny", without.Error.Message, StringComparison.Ordinal);
        Assert.True(with.IsSuccess);
        Assert.Equal("The court order was re-issued by a judge.", with.Value.Justification);
        Assert.True(withhold.IsSuccess);
    }

    [Fact]
    public void CastVote_Accepted_RecordsVoterFunctionsTimeLinesAndTrimmedRationale()
    {
        var vote = DecisionRules.CastVote(Context(), LegalAndCompliance,
            new Ballot([Yes(0, DataCategory.Subscriber), No(1, DataCategory.Transactions)], "  lawful  "), "vot_x", Now).Value;

        Assert.Equal("vot_x", vote.Id);
        Assert.Equal("staff:both", vote.VoterId);
        Assert.Equal([ApprovalFunction.Legal, ApprovalFunction.Compliance], vote.Functions);
        Assert.Equal(Now, vote.CastAt);
        Assert.Equal("lawful", vote.Rationale);
        Assert.Null(vote.Justification);
        Assert.Equal([new ItemVote(new(0, DataCategory.Subscriber), true, new ItemRange(new(2021, 1, 1), new(2021, 3, 31))), new ItemVote(new(1, DataCategory.Transactions), false, null)], vote.Items);
    }

    [Fact]
    public void Refusal_OfARefusedVote_NamesWhoAndEveryRule()
    {
        var vote = DecisionRules.CastVote(Context(submittedBy: RegionalAnalyst.Id), RegionalAnalyst, Simple, "vot_1", Now);

        var refusal = DecisionRefusal.Of(RegionalAnalyst, DecisionAct.Vote, vote.Errors);

        Assert.Equal("staff:ru-analyst", refusal.ActorId);
        Assert.Equal(DecisionAct.Vote, refusal.Act);
        Assert.Equal(["decision.regional-staff", "decision.not-a-reviewer", "decision.own-intake"], refusal.Rules);
    }
}
