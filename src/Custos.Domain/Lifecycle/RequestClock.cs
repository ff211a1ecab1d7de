namespace Custos.Domain.Lifecycle;

/// <summary>
/// The request clock: the deadline by which an answer is due runs while Custos owes the agency an answer, and stops
/// while the request waits on the agency (incomplete), once it is closed, and for an informal approach (no answer is due).
/// </summary>
public static class RequestClock
{
    /// <summary>Whether a request in <paramref name="status"/> has a deadline at all.</summary>
    public static bool Runs(RequestStatus status) =>
        status is not (RequestStatus.Incomplete or RequestStatus.Closed or RequestStatus.InformalApproach or RequestStatus.Escalated);

    /// <summary>Whether a request in <paramref name="status"/> with <paramref name="deadline"/> is past it at <paramref name="now"/>.</summary>
    public static bool IsOverdue(RequestStatus status, DateTimeOffset? deadline, DateTimeOffset now) =>
        deadline is { } due && due < now && status is RequestStatus.Received or RequestStatus.AwaitingVerification
            or RequestStatus.UnderReview or RequestStatus.AwaitingClarification or RequestStatus.Decided;
}
