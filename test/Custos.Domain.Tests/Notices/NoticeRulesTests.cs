using Custos.Domain.Notices;
using Custos.Domain.Requests;

namespace Custos.Domain.Tests.Notices;

public class NoticeRulesTests
{
    private static readonly DateOnly Decided = new(2026, 3, 1);

    private static NoticeFacts Facts(
        NonDisclosure? gag = null, RequestKind kind = RequestKind.Production, DateOnly? emergencyEnded = null, DateOnly? lastReview = null, DateOnly? lifted = null) =>
        new() { Kind = kind, NonDisclosure = gag, EmergencyEndedOn = emergencyEnded, WithheldSince = Decided, LastLegalReview = lastReview, OrderLiftedOn = lifted };

    private static NonDisclosure Gag(DateOnly? until, string? basis = "18 U.S.C. 2705(b) order of 2026-02-20", bool tippingOff = false) =>
        new() { Required = true, Until = until, Basis = basis, TippingOff = tippingOff };

    [Fact]
    public void On_NoProhibition_DueAtOnceBeforeProduction()
    {
        var timing = NoticeRules.On(Facts(), Decided);

        Assert.Equal(NoticeStatus.Due, timing.Status);
        Assert.True(timing.MaySend);
        Assert.Equal(Decided, timing.SendOn);
        Assert.Contains("before production", timing.Reason, StringComparison.Ordinal);
        Assert.Null(timing.LegalBasis);
        Assert.Null(timing.NextChange);
    }

    [Fact]
    public void On_GagNotRequired_IsNoProhibition() =>
        Assert.Equal(NoticeStatus.Due, NoticeRules.On(Facts(new NonDisclosure { Required = false, Until = new DateOnly(2027, 1, 1) }), Decided).Status);

    [Theory]
    [InlineData(-1, NoticeStatus.Scheduled)]
    [InlineData(0, NoticeStatus.Due)]
    [InlineData(1, NoticeStatus.Due)]
    [InlineData(400, NoticeStatus.Due)]
    public void On_GagWithAnEndDate_ScheduledUntilThatDayThenDue(int daysAfterEnd, NoticeStatus expected)
    {
        var end = new DateOnly(2026, 9, 30);

        var timing = NoticeRules.On(Facts(Gag(end)), end.AddDays(daysAfterEnd));

        Assert.Equal(expected, timing.Status);
        if (expected == NoticeStatus.Scheduled)
        {
            Assert.Equal(end, timing.SendOn);
            Assert.Equal(end, timing.NextChange);
            Assert.Equal("18 U.S.C. 2705(b) order of 2026-02-20", timing.LegalBasis);
            Assert.Contains("2026-09-30", timing.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(end.AddDays(daysAfterEnd), timing.SendOn);
            Assert.Contains("ended on 2026-09-30", timing.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void On_GagWithAnEndDate_ScheduledOnEveryDayBeforeIt()
    {
        var end = new DateOnly(2026, 6, 1);
        for (var day = Decided; day < end; day = day.AddDays(1))
        {
            var timing = NoticeRules.On(Facts(Gag(end)), day);
            Assert.Equal(NoticeStatus.Scheduled, timing.Status);
            Assert.False(timing.MaySend);
        }
    }

    [Theory]
    [InlineData(0, 180, false)]
    [InlineData(179, 180, false)]
    [InlineData(180, 180, true)]
    [InlineData(181, 180, true)]
    [InlineData(900, 180, true)]
    public void On_GagWithoutEnd_WithheldAndReviewDueEvery180DaysFromTheDecision(int daysAfterDecision, int dueAfter, bool overdue)
    {
        var timing = NoticeRules.On(Facts(Gag(null)), Decided.AddDays(daysAfterDecision));

        Assert.Equal(NoticeStatus.WithheldPendingReview, timing.Status);
        Assert.False(timing.MaySend);
        Assert.Equal(Decided.AddDays(dueAfter), timing.ReviewDue);
        Assert.Equal(overdue, timing.ReviewOverdue);
        Assert.Equal(timing.ReviewDue, timing.NextChange);
        Assert.Equal("18 U.S.C. 2705(b) order of 2026-02-20", timing.LegalBasis);
    }

    [Fact]
    public void On_GagWithoutEnd_ReviewCountsFromTheLatestReview()
    {
        var reviewed = Decided.AddDays(175);

        var timing = NoticeRules.On(Facts(Gag(null), lastReview: reviewed), Decided.AddDays(200));

        Assert.Equal(reviewed.AddDays(180), timing.ReviewDue);
        Assert.False(timing.ReviewOverdue);
        Assert.True(NoticeRules.On(Facts(Gag(null), lastReview: reviewed), reviewed.AddDays(180)).ReviewOverdue);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void On_GagWithoutAStatedBasis_WithheldWithReviewDueAtOnce(string? basis)
    {
        var timing = NoticeRules.On(Facts(Gag(new DateOnly(2026, 12, 1), basis)), Decided);

        Assert.Equal(NoticeStatus.WithheldPendingReview, timing.Status);
        Assert.Equal(Decided, timing.ReviewDue);
        Assert.True(timing.ReviewOverdue);
        Assert.Null(timing.LegalBasis);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(365)]
    [InlineData(3650)]
    public void On_TippingOff_BlockedForeverEvenWithAnEndDateOrAfterAnEmergency(int daysLater)
    {
        var gag = Gag(new DateOnly(2026, 4, 1), basis: null, tippingOff: true);

        var timing = NoticeRules.On(Facts(gag, RequestKind.Emergency, emergencyEnded: Decided), Decided.AddDays(daysLater));

        Assert.Equal(NoticeStatus.Blocked, timing.Status);
        Assert.Null(timing.SendOn);
        Assert.Null(timing.NextChange);
        Assert.Equal(NoticeRules.TippingOffBasis, timing.LegalBasis);
    }

    [Fact]
    public void On_TippingOffWithItsOwnBasis_RecordsThatBasis() =>
        Assert.Equal("Suspicious activity report 2026-17", NoticeRules.On(Facts(Gag(null, "Suspicious activity report 2026-17", tippingOff: true)), Decided).LegalBasis);

    [Fact]
    public void On_Emergency_DeferredUntilMarkedOverThenDue()
    {
        var ended = Decided.AddDays(3);

        Assert.Equal(NoticeStatus.AwaitingEmergencyEnd, NoticeRules.On(Facts(kind: RequestKind.Emergency), Decided.AddDays(30)).Status);
        Assert.Equal(NoticeStatus.AwaitingEmergencyEnd, NoticeRules.On(Facts(kind: RequestKind.Emergency, emergencyEnded: ended), ended.AddDays(-1)).Status);
        Assert.Equal(NoticeStatus.Due, NoticeRules.On(Facts(kind: RequestKind.Emergency, emergencyEnded: ended), ended).Status);
        Assert.Equal(NoticeRules.EmergencyBasis, NoticeRules.On(Facts(kind: RequestKind.Emergency), Decided).LegalBasis);
    }

    [Fact]
    public void On_EmergencyOverButAGagRuns_TheGagDecidesThen()
    {
        var end = new DateOnly(2026, 5, 1);
        var facts = Facts(Gag(end), RequestKind.Emergency, emergencyEnded: Decided.AddDays(1));

        Assert.Equal(NoticeStatus.AwaitingEmergencyEnd, NoticeRules.On(facts, Decided).Status);
        Assert.Equal(NoticeStatus.Scheduled, NoticeRules.On(facts, Decided.AddDays(1)).Status);
        Assert.Equal(NoticeStatus.Due, NoticeRules.On(facts, end).Status);
    }

    [Fact]
    public void Of_Request_TakesKindAndGagFromIt()
    {
        var request = new DataRequest { Kind = RequestKind.Emergency, NonDisclosure = Gag(null) };

        var facts = NoticeFacts.Of(request, Decided, emergencyEndedOn: Decided.AddDays(2), lastLegalReview: Decided.AddDays(1));

        Assert.Equal(new NoticeFacts { Kind = RequestKind.Emergency, NonDisclosure = request.NonDisclosure, WithheldSince = Decided, EmergencyEndedOn = Decided.AddDays(2), LastLegalReview = Decided.AddDays(1) }, facts);
    }

    public static TheoryData<string> LiftableOrders => ["no-end", "no-basis", "until", "tipping-off"];

    private static NonDisclosure Liftable(string kind) => kind switch
    {
        "no-end" => Gag(null),
        "no-basis" => Gag(null, basis: null),
        "until" => Gag(new DateOnly(2027, 6, 30)),
        _ => Gag(null, tippingOff: true),
    };

    [Theory]
    [MemberData(nameof(LiftableOrders))]
    public void On_OrderLifted_DueFromTheDayOfTheLift_NotBefore(string kind)
    {
        var lifted = new DateOnly(2026, 5, 10);
        var gag = Liftable(kind);

        var before = NoticeRules.On(Facts(gag, lifted: lifted), lifted.AddDays(-1));
        var on = NoticeRules.On(Facts(gag, lifted: lifted), lifted);
        var after = NoticeRules.On(Facts(gag, lifted: lifted), lifted.AddDays(30));

        Assert.NotEqual(NoticeStatus.Due, before.Status);
        Assert.Equal(NoticeRules.On(Facts(gag), lifted.AddDays(-1)), before);
        Assert.Equal((NoticeStatus.Due, true, (DateOnly?)lifted), (on.Status, on.MaySend, on.SendOn));
        Assert.Contains("lifted on 2026-05-10", on.Reason, StringComparison.Ordinal);
        Assert.Null(on.LegalBasis);
        Assert.Null(on.ReviewDue);
        Assert.Equal(NoticeStatus.Due, after.Status);
    }

    [Fact]
    public void On_OrderLifted_DuringAnEmergency_StillWaitsForItsEnd()
    {
        var lifted = new DateOnly(2026, 5, 10);

        var during = NoticeRules.On(Facts(Gag(null), RequestKind.Emergency, lifted: lifted), lifted);
        var ended = NoticeRules.On(Facts(Gag(null), RequestKind.Emergency, emergencyEnded: lifted.AddDays(2), lifted: lifted), lifted.AddDays(2));

        Assert.Equal(NoticeStatus.AwaitingEmergencyEnd, during.Status);
        Assert.Equal(NoticeStatus.Due, ended.Status);
    }

    [Fact]
    public void On_LiftWithoutAnOrder_ChangesNothing() =>
        Assert.Equal(NoticeRules.On(Facts(), Decided), NoticeRules.On(Facts(lifted: Decided), Decided));
}
