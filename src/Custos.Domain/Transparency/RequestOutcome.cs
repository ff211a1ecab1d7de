namespace Custos.Domain.Transparency;

/// <summary>What came of one request, as the transparency report counts it (published kebab-case; never renamed).</summary>
public enum RequestOutcome
{
    /// <summary>Every item asked (target × category) was produced over the whole range asked.</summary>
    ProducedAll = 1,

    /// <summary>Some items were produced and others withheld.</summary>
    ProducedPart = 2,

    /// <summary>Every item was produced, but at least one over a shorter range than asked.</summary>
    Narrowed = 3,

    /// <summary>A production was made, but the approved items held no records.</summary>
    NoData = 4,

    /// <summary>Refused as a whole.</summary>
    Refused = 5,

    /// <summary>Refused because the engine recommended the proper channel (a foreign FIU, an MLAT) instead.</summary>
    Redirected = 6,

    /// <summary>A preservation: a snapshot frozen, nothing produced.</summary>
    Preserved = 7,

    /// <summary>Pushed back to the agency (overbroad, wrong process), waiting for its answer.</summary>
    PushedBack = 8,

    /// <summary>Not yet decided.</summary>
    Pending = 9,

    /// <summary>Returned to the agency as incomplete.</summary>
    Incomplete = 10,

    /// <summary>Closed because the agency or officer could not be verified.</summary>
    NotVerified = 11,

    /// <summary>Withdrawn by the agency.</summary>
    Withdrawn = 12,

    /// <summary>Closed with nothing produced and no refusal (an unanswered clarification).</summary>
    Lapsed = 13,

    /// <summary>An informal approach (a meeting, a call, a message to an employee): recorded and escalated, never actioned.</summary>
    Informal = 14,
}
