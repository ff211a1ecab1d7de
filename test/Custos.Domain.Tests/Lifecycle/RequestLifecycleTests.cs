using Custos.Domain.Lifecycle;

namespace Custos.Domain.Tests.Lifecycle;

public class RequestLifecycleTests
{
    // The expected transitions, written out independently of the implementation's table (PRODUCT.md's flows).
    private static readonly HashSet<(RequestStatus, RequestTrigger, RequestStatus)> Expected =
    [
        (RequestStatus.Received, RequestTrigger.FindIncomplete, RequestStatus.Incomplete),
        (RequestStatus.Received, RequestTrigger.RequireVerification, RequestStatus.AwaitingVerification),
        (RequestStatus.Received, RequestTrigger.StartReview, RequestStatus.UnderReview),
        (RequestStatus.Received, RequestTrigger.Preserve, RequestStatus.Preserved),
        (RequestStatus.Received, RequestTrigger.Withdraw, RequestStatus.Closed),
        (RequestStatus.Incomplete, RequestTrigger.Resubmit, RequestStatus.Received),
        (RequestStatus.Incomplete, RequestTrigger.Close, RequestStatus.Closed),
        (RequestStatus.Incomplete, RequestTrigger.Withdraw, RequestStatus.Closed),
        (RequestStatus.AwaitingVerification, RequestTrigger.StartReview, RequestStatus.UnderReview),
        (RequestStatus.AwaitingVerification, RequestTrigger.Preserve, RequestStatus.Preserved),
        (RequestStatus.AwaitingVerification, RequestTrigger.FailVerification, RequestStatus.Closed),
        (RequestStatus.AwaitingVerification, RequestTrigger.Withdraw, RequestStatus.Closed),
        (RequestStatus.UnderReview, RequestTrigger.AskClarification, RequestStatus.AwaitingClarification),
        (RequestStatus.UnderReview, RequestTrigger.Decide, RequestStatus.Decided),
        (RequestStatus.UnderReview, RequestTrigger.Preserve, RequestStatus.Preserved),
        (RequestStatus.UnderReview, RequestTrigger.Withdraw, RequestStatus.Closed),
        (RequestStatus.AwaitingClarification, RequestTrigger.ReceiveClarification, RequestStatus.UnderReview),
        (RequestStatus.AwaitingClarification, RequestTrigger.Close, RequestStatus.Closed),
        (RequestStatus.AwaitingClarification, RequestTrigger.Withdraw, RequestStatus.Closed),
        (RequestStatus.Decided, RequestTrigger.Produce, RequestStatus.Produced),
        (RequestStatus.Decided, RequestTrigger.Close, RequestStatus.Closed),
        (RequestStatus.Produced, RequestTrigger.Deliver, RequestStatus.Delivered),
        (RequestStatus.Delivered, RequestTrigger.Close, RequestStatus.Closed),
        (RequestStatus.Preserved, RequestTrigger.ReleasePreservation, RequestStatus.PreservationReleased),
        (RequestStatus.Preserved, RequestTrigger.ConvertPreservation, RequestStatus.PreservationConverted),
        (RequestStatus.InformalApproach, RequestTrigger.Escalate, RequestStatus.Escalated),
        (RequestStatus.Escalated, RequestTrigger.Close, RequestStatus.Closed),
    ];

    [Fact]
    public void Apply_EveryStatusAndTrigger_AllowsExactlyTheExpectedTransitions()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
            {
                var result = RequestLifecycle.Apply(status, trigger);
                var expected = Expected.Where(e => e.Item1 == status && e.Item2 == trigger).Select(e => (RequestStatus?)e.Item3).SingleOrDefault();
                if (expected is null)
                {
                    Assert.False(result.IsSuccess, $"{status} --{trigger}--> {(result.IsSuccess ? result.Value : default)} should be refused");
                    Assert.Equal("request.transition-invalid", result.Error.Code);
                }
                else
                {
                    Assert.True(result.IsSuccess, $"{status} --{trigger}--> {expected} should be allowed");
                    Assert.Equal(expected, result.Value);
                }
            }
        }
    }

    [Fact]
    public void InformalApproach_NoSequenceOfTriggers_ReachesADecisionOrAProduction()
    {
        var reachable = Reachable(RequestLifecycle.Initial(informalApproach: true));

        Assert.True(reachable.SetEquals([RequestStatus.InformalApproach, RequestStatus.Escalated, RequestStatus.Closed]), string.Join(", ", reachable));
    }

    [Fact]
    public void FormalRequest_EveryStatusButTheInformalOnes_IsReachableAndEndsClosedOrReleased()
    {
        var reachable = Reachable(RequestLifecycle.Initial(informalApproach: false));

        Assert.DoesNotContain(RequestStatus.InformalApproach, reachable);
        Assert.DoesNotContain(RequestStatus.Escalated, reachable);
        Assert.Equal(Enum.GetValues<RequestStatus>().Length - 2, reachable.Count);
        Assert.All(reachable.Where(RequestLifecycle.IsTerminal),
            s => Assert.Contains(s, new[] { RequestStatus.Closed, RequestStatus.PreservationReleased, RequestStatus.PreservationConverted }));
    }

    [Fact]
    public void Apply_RefusedTransition_SaysWhatIsAllowed()
    {
        var refused = RequestLifecycle.Apply(RequestStatus.Received, RequestTrigger.Produce);

        Assert.Contains("received", refused.Error.Message, StringComparison.Ordinal);
        Assert.Contains("put under review", refused.Error.Message, StringComparison.Ordinal); // what is allowed, in words (issue 9: never trigger identifiers)
    }

    private static HashSet<RequestStatus> Reachable(RequestStatus start)
    {
        var seen = new HashSet<RequestStatus> { start };
        var queue = new Queue<RequestStatus>([start]);
        while (queue.TryDequeue(out var status))
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
            {
                var next = RequestLifecycle.Apply(status, trigger);
                if (next.IsSuccess && seen.Add(next.Value))
                {
                    queue.Enqueue(next.Value);
                }
            }
        }

        return seen;
    }

    [Fact]
    public void Apply_Refused_SaysWhyInPlainWordsWithoutCodes()
    {
        var closed = RequestLifecycle.Apply(RequestStatus.Closed, RequestTrigger.Withdraw);
        var underReview = RequestLifecycle.Apply(RequestStatus.UnderReview, RequestTrigger.Escalate);

        Assert.Equal("A request that is closed cannot be withdrawn. Nothing more can happen to it.", closed.Error.Message);
        Assert.StartsWith("A request that is under review cannot be escalated. It can be ", underReview.Error.Message, StringComparison.Ordinal);
        Assert.Contains("sent a question", underReview.Error.Message, StringComparison.Ordinal);
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
            {
                var result = RequestLifecycle.Apply(status, trigger);
                if (!result.IsSuccess)
                {
                    Assert.DoesNotMatch("[a-z]+-[a-z]+", result.Error.Message);
                }
            }
        }
    }
}
