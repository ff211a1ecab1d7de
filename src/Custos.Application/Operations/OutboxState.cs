namespace Custos.Application.Operations;

/// <summary>Where an unsent customer notice stands, as the outbox backlog metric counts it.</summary>
public enum OutboxState
{
    /// <summary>Scheduled and due now: the next dispatcher round takes it.</summary>
    Due = 1,
    /// <summary>Scheduled for later (a gag order, an emergency, a not-before instant).</summary>
    Waiting = 2,
    /// <summary>Claimed by a dispatcher that is sending it.</summary>
    Sending = 3,
    /// <summary>The last attempt failed; retried at the back-off's time.</summary>
    Failed = 4,
}

/// <summary>The states' metric labels.</summary>
public static class OutboxStates
{
    public static IReadOnlyList<OutboxState> All { get; } = [OutboxState.Due, OutboxState.Waiting, OutboxState.Sending, OutboxState.Failed];

    public static string Label(this OutboxState state) => state switch
    {
        OutboxState.Due => "due",
        OutboxState.Waiting => "waiting",
        OutboxState.Sending => "sending",
        OutboxState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
