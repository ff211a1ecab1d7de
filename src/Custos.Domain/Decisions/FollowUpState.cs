namespace Custos.Domain.Decisions;

/// <summary>Where the formal process that must follow an emergency disclosure stands (stored kebab-case).</summary>
public enum FollowUpState
{
    /// <summary>Nothing has been disclosed yet, so no follow-up is owed yet.</summary>
    NotStarted = 1,

    /// <summary>Data was disclosed; the formal process is awaited and not yet late.</summary>
    Awaiting = 2,

    /// <summary>The formal process arrived by the deadline.</summary>
    Received = 3,

    /// <summary>The formal process arrived, but after the deadline (flagged).</summary>
    ReceivedLate = 4,

    /// <summary>The deadline passed without formal process (flagged).</summary>
    Missed = 5,
}
