namespace Custos.Domain.Lifecycle;

/// <summary>Where a request stands and what can happen to it, in plain words for people (never the stored codes).</summary>
public static class RequestWords
{
    /// <summary>The status as an adjective phrase: "a request that is …".</summary>
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => "received",
        RequestStatus.Incomplete => "incomplete",
        RequestStatus.AwaitingVerification => "waiting for its agency to be verified",
        RequestStatus.UnderReview => "under review",
        RequestStatus.AwaitingClarification => "waiting for the agency's answer",
        RequestStatus.Decided => "decided",
        RequestStatus.Produced => "produced",
        RequestStatus.Delivered => "delivered",
        RequestStatus.Closed => "closed",
        RequestStatus.Preserved => "preserved",
        RequestStatus.PreservationReleased => "released from preservation",
        RequestStatus.PreservationConverted => "converted to a production request",
        RequestStatus.InformalApproach => "an informal approach",
        RequestStatus.Escalated => "escalated",
        _ => "in an unknown state",
    };

    /// <summary>The trigger as a past participle: "… cannot be …".</summary>
    public static string Action(RequestTrigger trigger) => trigger switch
    {
        RequestTrigger.Create => "created",
        RequestTrigger.FindIncomplete => "returned as incomplete",
        RequestTrigger.Resubmit => "resubmitted",
        RequestTrigger.RequireVerification => "sent for verification",
        RequestTrigger.StartReview => "put under review",
        RequestTrigger.FailVerification => "closed as failing verification",
        RequestTrigger.AskClarification => "sent a question",
        RequestTrigger.ReceiveClarification => "answered",
        RequestTrigger.Decide => "decided",
        RequestTrigger.Produce => "produced",
        RequestTrigger.Deliver => "delivered",
        RequestTrigger.Close => "closed",
        RequestTrigger.Preserve => "preserved",
        RequestTrigger.ReleasePreservation => "released from preservation",
        RequestTrigger.ConvertPreservation => "converted to a production request",
        RequestTrigger.Escalate => "escalated",
        RequestTrigger.Withdraw => "withdrawn",
        _ => "changed that way",
    };
}
