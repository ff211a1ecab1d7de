namespace Custos.Domain.Lifecycle;

/// <summary>Where a government demand stands. Serialised in kebab-case; the values are stored and ledgered, never renamed.</summary>
public enum RequestStatus
{
    /// <summary>Received through the portal, the API or an analyst; not yet checked.</summary>
    Received = 1,
    /// <summary>Missing something the law or the policy requires; returned to the agency with the list.</summary>
    Incomplete = 2,
    /// <summary>The agency or officer must be verified out-of-band before review.</summary>
    AwaitingVerification = 3,
    /// <summary>Being reviewed against the scrutiny report.</summary>
    UnderReview = 4,
    /// <summary>The reviewers asked the agency a question and wait for the answer.</summary>
    AwaitingClarification = 5,
    /// <summary>Decided per target and data category (produce, partly, or not at all).</summary>
    Decided = 6,
    /// <summary>The approved data has been extracted into an encrypted package, logged before release.</summary>
    Produced = 7,
    /// <summary>The agency has downloaded the package.</summary>
    Delivered = 8,
    /// <summary>Nothing more will happen.</summary>
    Closed = 9,
    /// <summary>A preservation request: a snapshot is frozen, nothing is produced.</summary>
    Preserved = 10,
    /// <summary>The preservation lapsed or was withdrawn; the snapshot is released.</summary>
    PreservationReleased = 11,
    /// <summary>Formal process arrived for preserved data; the preservation became a production request.</summary>
    PreservationConverted = 12,
    /// <summary>An informal approach (a meeting, a call, a message to an employee) recorded as an incident.</summary>
    InformalApproach = 13,
    /// <summary>The informal approach was escalated to senior escalation and compliance.</summary>
    Escalated = 14,
}
