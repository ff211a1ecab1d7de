using Custos.Domain.Common;

namespace Custos.Domain.Lifecycle;

/// <summary>
/// The request state machine. Every change of status goes through <see cref="Apply"/>, which knows only the transitions
/// listed here; anything else is refused with <c>request.transition-invalid</c>. An informal approach has no path to a
/// decision or a production: it can be escalated and closed, never approved.
/// </summary>
public static class RequestLifecycle
{
    private static readonly Dictionary<(RequestStatus, RequestTrigger), RequestStatus> Table = new()
    {
        [(RequestStatus.Received, RequestTrigger.FindIncomplete)] = RequestStatus.Incomplete,
        [(RequestStatus.Received, RequestTrigger.RequireVerification)] = RequestStatus.AwaitingVerification,
        [(RequestStatus.Received, RequestTrigger.StartReview)] = RequestStatus.UnderReview,
        [(RequestStatus.Received, RequestTrigger.Preserve)] = RequestStatus.Preserved,
        [(RequestStatus.Received, RequestTrigger.Withdraw)] = RequestStatus.Closed,
        [(RequestStatus.Incomplete, RequestTrigger.Resubmit)] = RequestStatus.Received,
        [(RequestStatus.Incomplete, RequestTrigger.Close)] = RequestStatus.Closed,
        [(RequestStatus.Incomplete, RequestTrigger.Withdraw)] = RequestStatus.Closed,
        [(RequestStatus.AwaitingVerification, RequestTrigger.StartReview)] = RequestStatus.UnderReview,
        [(RequestStatus.AwaitingVerification, RequestTrigger.Preserve)] = RequestStatus.Preserved,
        [(RequestStatus.AwaitingVerification, RequestTrigger.FailVerification)] = RequestStatus.Closed,
        [(RequestStatus.AwaitingVerification, RequestTrigger.Withdraw)] = RequestStatus.Closed,
        [(RequestStatus.UnderReview, RequestTrigger.AskClarification)] = RequestStatus.AwaitingClarification,
        [(RequestStatus.UnderReview, RequestTrigger.Decide)] = RequestStatus.Decided,
        [(RequestStatus.UnderReview, RequestTrigger.Preserve)] = RequestStatus.Preserved,
        [(RequestStatus.UnderReview, RequestTrigger.Withdraw)] = RequestStatus.Closed,
        [(RequestStatus.AwaitingClarification, RequestTrigger.ReceiveClarification)] = RequestStatus.UnderReview,
        [(RequestStatus.AwaitingClarification, RequestTrigger.Close)] = RequestStatus.Closed,
        [(RequestStatus.AwaitingClarification, RequestTrigger.Withdraw)] = RequestStatus.Closed,
        [(RequestStatus.Decided, RequestTrigger.Produce)] = RequestStatus.Produced,
        [(RequestStatus.Decided, RequestTrigger.Close)] = RequestStatus.Closed,
        [(RequestStatus.Produced, RequestTrigger.Deliver)] = RequestStatus.Delivered,
        [(RequestStatus.Delivered, RequestTrigger.Close)] = RequestStatus.Closed,
        [(RequestStatus.Preserved, RequestTrigger.ReleasePreservation)] = RequestStatus.PreservationReleased,
        [(RequestStatus.Preserved, RequestTrigger.ConvertPreservation)] = RequestStatus.PreservationConverted,
        [(RequestStatus.InformalApproach, RequestTrigger.Escalate)] = RequestStatus.Escalated,
        [(RequestStatus.Escalated, RequestTrigger.Close)] = RequestStatus.Closed,
    };

    /// <summary>The status a new request starts in: an informal approach is its own kind from the first moment.</summary>
    public static RequestStatus Initial(bool informalApproach) => informalApproach ? RequestStatus.InformalApproach : RequestStatus.Received;

    /// <summary>Every allowed transition, for documentation and the console.</summary>
    public static IReadOnlyCollection<(RequestStatus From, RequestTrigger Trigger, RequestStatus To)> Transitions { get; } =
        Table.Select(t => (t.Key.Item1, t.Key.Item2, t.Value)).ToArray();

    /// <summary>Statuses from which nothing more can happen.</summary>
    public static bool IsTerminal(RequestStatus status) => !Table.Keys.Any(k => k.Item1 == status);

    /// <summary>The triggers allowed from <paramref name="status"/>.</summary>
    public static IReadOnlyList<RequestTrigger> Allowed(RequestStatus status) =>
        Table.Keys.Where(k => k.Item1 == status).Select(k => k.Item2).Order().ToArray();

    /// <summary>The status after <paramref name="trigger"/>, or an error when the transition is not allowed.</summary>
    public static Result<RequestStatus> Apply(RequestStatus status, RequestTrigger trigger) =>
        Table.TryGetValue((status, trigger), out var next)
            ? next
            : Error.Conflict("request.transition-invalid", Refusal(status, trigger));

    /// <summary>Why <paramref name="trigger"/> cannot happen to a request in <paramref name="status"/>, in plain words.</summary>
    private static string Refusal(RequestStatus status, RequestTrigger trigger)
    {
        var now = Allowed(status).Where(t => t != RequestTrigger.Create).Select(RequestWords.Action).ToArray();
        var what = now.Length switch
        {
            0 => " Nothing more can happen to it.",
            1 => $" It can only be {now[0]}.",
            _ => $" It can be {string.Join(", ", now[..^1])} or {now[^1]}.",
        };
        return $"A request that is {RequestWords.Status(status)} cannot be {RequestWords.Action(trigger)}.{what}";
    }
}
