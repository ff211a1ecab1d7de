using Custos.Domain.Lifecycle;

namespace Custos.Domain.Tests.Lifecycle;

public class RequestClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RequestStatus.Incomplete)]
    [InlineData(RequestStatus.Closed)]
    [InlineData(RequestStatus.InformalApproach)]
    [InlineData(RequestStatus.Escalated)]
    public void Runs_WhileWaitingOnTheAgencyClosedOrInformal_Stops(RequestStatus status) => Assert.False(RequestClock.Runs(status));

    [Fact]
    public void Runs_EveryOtherStatus_Runs()
    {
        RequestStatus[] stopped = [RequestStatus.Incomplete, RequestStatus.Closed, RequestStatus.InformalApproach, RequestStatus.Escalated];
        Assert.All(Enum.GetValues<RequestStatus>().Except(stopped), status => Assert.True(RequestClock.Runs(status), status.ToString()));
    }

    [Theory]
    [InlineData(RequestStatus.Received, true)]
    [InlineData(RequestStatus.AwaitingVerification, true)]
    [InlineData(RequestStatus.UnderReview, true)]
    [InlineData(RequestStatus.AwaitingClarification, true)]
    [InlineData(RequestStatus.Decided, true)]
    [InlineData(RequestStatus.Produced, false)]
    [InlineData(RequestStatus.Closed, false)]
    [InlineData(RequestStatus.Preserved, false)]
    public void IsOverdue_PastTheDeadline_OnlyWhileAnAnswerIsOwed(RequestStatus status, bool overdue) =>
        Assert.Equal(overdue, RequestClock.IsOverdue(status, Now.AddMinutes(-1), Now));

    [Fact]
    public void IsOverdue_BeforeTheDeadlineOrWithoutOne_IsNot()
    {
        Assert.False(RequestClock.IsOverdue(RequestStatus.UnderReview, Now.AddMinutes(1), Now));
        Assert.False(RequestClock.IsOverdue(RequestStatus.UnderReview, Now, Now));
        Assert.False(RequestClock.IsOverdue(RequestStatus.UnderReview, null, Now));
    }
}
