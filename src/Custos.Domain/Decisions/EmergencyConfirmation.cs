namespace Custos.Domain.Decisions;

/// <summary>
/// The recorded out-of-band check of an emergency request: who called, which number (the agency's number as the registry
/// publishes it, never one given in the request), when, and what the agency confirmed.
/// </summary>
public sealed record EmergencyConfirmation
{
    /// <summary>The actor id of the central person who called and recorded it.</summary>
    public required string CalledBy { get; init; }

    /// <summary>The number called, normalised (<c>+</c> and digits).</summary>
    public required string NumberCalled { get; init; }

    /// <summary>When the call was made.</summary>
    public required DateTimeOffset CalledAt { get; init; }

    /// <summary>Whether the agency confirmed the request.</summary>
    public required CallOutcome Outcome { get; init; }

    /// <summary>What was confirmed, in the caller's words.</summary>
    public required string Statement { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
