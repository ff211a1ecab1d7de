using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

public class EmergencyRulesTests
{
    private const string Published = "+1 (202) 555-0100";
    private static readonly DecisionContext Emergency = Context(request: Request(RequestKind.Emergency));
    private static readonly EmergencyCall Call = new("+1 202 555 0100", Now.AddMinutes(-10), CallOutcome.Confirmed, "Duty officer Smith confirmed the request and the threat.");

    [Fact]
    public void RecordCall_PublishedNumberInAnotherFormat_RecordsWhoWhichNumberWhenWhat()
    {
        var recorded = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call, Now);

        Assert.True(recorded.IsSuccess);
        Assert.Equal("staff:analyst", recorded.Value.CalledBy);
        Assert.Equal("+12025550100", recorded.Value.NumberCalled);
        Assert.Equal(Now.AddMinutes(-10), recorded.Value.CalledAt);
        Assert.Equal(CallOutcome.Confirmed, recorded.Value.Outcome);
        Assert.Equal(Call.Statement, recorded.Value.Statement);
        Assert.Equal(Now, recorded.Value.RecordedAt);
    }

    [Fact]
    public void RecordCall_TheNumberGivenInTheRequest_RefusedSayingSo()
    {
        var recorded = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { NumberCalled = "+1-555-0100-999" }, Now);

        Assert.Equal(["emergency.number-from-request"], Codes(recorded));
        Assert.Equal("numberCalled", recorded.Error.Field);
    }

    [Fact]
    public void RecordCall_AnyOtherNumber_RefusedNamingThePublishedOne()
    {
        var recorded = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { NumberCalled = "+1 202 555 0199" }, Now);

        Assert.Equal(["emergency.number-not-published"], Codes(recorded));
        Assert.Contains("+12025550100", recorded.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("call the FBI")]
    public void RecordCall_NoPublishedNumberInTheRegistry_RefusedAsConflict(string? published) =>
        Assert.Equal(["emergency.no-published-number"], Codes(EmergencyRules.RecordCall(Emergency, Analyst, published, Call, Now)));

    [Fact]
    public void RecordCall_WhoMayRecord_CentralStaffWhoMayVerifyRequesters()
    {
        Assert.Equal(["emergency.caller-not-staff"], Codes(EmergencyRules.RecordCall(Emergency, Actor.CommandLine, Published, Call, Now)));
        Assert.Equal(["access.regional"], Codes(EmergencyRules.RecordCall(Emergency, RegionalAnalyst, Published, Call, Now)));
        Assert.Equal(["access.denied"], Codes(EmergencyRules.RecordCall(Emergency, Person("auditor", StaffRole.Auditor), Published, Call, Now)));
        Assert.True(EmergencyRules.RecordCall(Emergency, Person("admin", StaffRole.Administrator), Published, Call, Now).IsSuccess);
    }

    [Fact]
    public void RecordCall_WrongRequest_Refused()
    {
        Assert.Equal(["emergency.not-an-emergency"], Codes(EmergencyRules.RecordCall(Context(), Analyst, Published, Call, Now)));
        Assert.Equal(["decision.informal-approach"], Codes(EmergencyRules.RecordCall(Emergency with { Informal = true }, Analyst, Published, Call, Now)));
        Assert.Equal(["decision.wrong-state"], Codes(EmergencyRules.RecordCall(Emergency with { Status = RequestStatus.Closed }, Analyst, Published, Call, Now)));
        var recorded = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call, Now).Value;
        Assert.Equal(["emergency.already-recorded"], Codes(EmergencyRules.RecordCall(Emergency with { EmergencyConfirmation = recorded }, Analyst, Published, Call, Now)));
    }

    [Fact]
    public void RecordCall_BadTimesAndNoStatement_RefusedNamingEachField()
    {
        var future = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { CalledAt = Now.AddSeconds(1), Statement = " " }, Now);
        var early = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { CalledAt = Emergency.Request.ReceivedAt.AddSeconds(-1), NumberCalled = "" }, Now);

        Assert.Equal(["emergency.called-in-future", "emergency.statement-required"], Codes(future));
        Assert.Equal(["emergency.number-required", "emergency.called-before-receipt"], Codes(early));
        Assert.True(EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { CalledAt = Emergency.Request.ReceivedAt }, Now).IsSuccess);
    }

    [Fact]
    public void RecordCall_AgencyDeniesIt_IsRecordedAndBlocksProduction()
    {
        var denied = EmergencyRules.RecordCall(Emergency, Analyst, Published, Call with { Outcome = CallOutcome.Denied }, Now).Value;

        var readiness = DecisionRules.Readiness(Emergency with { EmergencyConfirmation = denied }, DecisionTally.Of(Emergency, []));

        Assert.Contains("decision.emergency-denied", readiness.Blockers.Select(b => b.Code));
    }

    [Theory]
    [InlineData("+1 (202) 555-0100", "+12025550100")]
    [InlineData("0044 20 7946 0000", "+442079460000")]
    [InlineData("202.555.0100", "2025550100")]
    [InlineData("  +7 495 123-45-67 ", "+74951234567")]
    [InlineData("+1 202 555 0100 ext 5", null)]
    [InlineData("1+2", null)]
    [InlineData("12", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void NormalisePhone_KeepsWhatIsDialled(string? number, string? expected) =>
        Assert.Equal(expected, EmergencyRules.NormalisePhone(number));

    [Fact]
    public void EndEmergency_ByACentralReviewer_OthersRefused()
    {
        Assert.Equal(DecisionAct.EndEmergency, EmergencyRules.EndEmergency(Emergency, Legal, "The persons at risk were found safe.").Value.Act);
        Assert.Equal(["decision.not-a-reviewer"], Codes(EmergencyRules.EndEmergency(Emergency, Analyst, "Over.")));
        Assert.Equal(["decision.regional-staff"], Codes(EmergencyRules.EndEmergency(Emergency, RegionalLegal, "Over.")));
        Assert.Equal(["emergency.not-an-emergency"], Codes(EmergencyRules.EndEmergency(Context(), Legal, "Over.")));
        Assert.Equal(["decision.rationale-required"], Codes(EmergencyRules.EndEmergency(Emergency, Legal, "")));
    }

    public static TheoryData<int?, int?, int, FollowUpState, bool> FollowUpCases => new()
    {
        // disclosed (hours before now), formal process (hours before now), period (hours), state, flagged
        { null, null, 72, FollowUpState.NotStarted, false },
        { 1, null, 72, FollowUpState.Awaiting, false },
        { 71, null, 72, FollowUpState.Awaiting, false },
        { 72, null, 72, FollowUpState.Missed, true },
        { 500, null, 72, FollowUpState.Missed, true },
        { 100, 90, 72, FollowUpState.Received, false },
        { 100, 20, 72, FollowUpState.ReceivedLate, true },
        { 100, 28, 72, FollowUpState.ReceivedLate, true },
        { 100, 29, 72, FollowUpState.Received, false },
    };

    [Theory]
    [MemberData(nameof(FollowUpCases))]
    public void FollowUpOn_AcrossTheDeadline_FlagsOnlyWhenMissed(int? disclosedHoursAgo, int? formalHoursAgo, int periodHours, FollowUpState state, bool flagged)
    {
        var followUp = EmergencyRules.FollowUpOn(
            disclosedHoursAgo is { } d ? Now.AddHours(-d) : null, formalHoursAgo is { } f ? Now.AddHours(-f) : null, TimeSpan.FromHours(periodHours), Now);

        Assert.Equal(state, followUp.State);
        Assert.Equal(flagged, followUp.IsFlagged);
        Assert.Equal(disclosedHoursAgo is { } h ? Now.AddHours(periodHours - h) : null, followUp.DueBy);
    }

    [Fact]
    public void FollowUpOn_NoPeriod_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EmergencyRules.FollowUpOn(Now, null, TimeSpan.Zero, Now));
}
