namespace Custos.Domain.Lifecycle;

/// <summary>What moves a request from one status to another.</summary>
public enum RequestTrigger
{
    /// <summary>The request was taken in: the first row of its history, never a transition the lifecycle applies.</summary>
    Create = 0,
    /// <summary>Intake finds required fields missing.</summary>
    FindIncomplete = 1,
    /// <summary>The agency supplied what was missing.</summary>
    Resubmit = 2,
    /// <summary>Intake needs out-of-band verification of the agency or officer.</summary>
    RequireVerification = 3,
    /// <summary>The agency and officer are verified (or already were): review starts.</summary>
    StartReview = 4,
    /// <summary>Verification failed: the request is closed.</summary>
    FailVerification = 5,
    /// <summary>Reviewers ask the agency a question.</summary>
    AskClarification = 6,
    /// <summary>The agency answered.</summary>
    ReceiveClarification = 7,
    /// <summary>The quorum decided.</summary>
    Decide = 8,
    /// <summary>The approved data was packaged and the production event logged.</summary>
    Produce = 9,
    /// <summary>The agency downloaded the package.</summary>
    Deliver = 10,
    /// <summary>Nothing more to do (after delivery, a refusal, an expired clarification, an escalated approach).</summary>
    Close = 11,
    /// <summary>A preservation request is accepted: the snapshot is frozen.</summary>
    Preserve = 12,
    /// <summary>The preservation lapsed or was withdrawn.</summary>
    ReleasePreservation = 13,
    /// <summary>Formal process arrived for the preserved data.</summary>
    ConvertPreservation = 14,
    /// <summary>An informal approach is escalated.</summary>
    Escalate = 15,
    /// <summary>The agency withdrew the request.</summary>
    Withdraw = 16,
}
