namespace Custos.Domain.Decisions;

/// <summary>The follow-up of an emergency disclosure on a given day.</summary>
/// <param name="State">Where it stands.</param>
/// <param name="DueBy">When the formal process is due (the disclosure plus the policy's period); null before any disclosure.</param>
public sealed record FollowUp(FollowUpState State, DateTimeOffset? DueBy)
{
    /// <summary>Whether it must be shown as a problem: the deadline was missed, whether or not the process came later.</summary>
    public bool IsFlagged => State is FollowUpState.Missed or FollowUpState.ReceivedLate;
}
