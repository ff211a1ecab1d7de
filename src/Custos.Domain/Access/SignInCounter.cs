namespace Custos.Domain.Access;

/// <summary>
/// An account's failed sign-ins as stored: consecutive failures since the last success or lockout, lockouts in a row
/// since the last success, and the end of the current lockout (exclusive; null when never locked).
/// </summary>
public readonly record struct SignInCounter(int Failures, int Lockouts, DateTimeOffset? LockedUntil)
{
    /// <summary>Whether the account is locked at <paramref name="now"/> (a lockout ends at its end instant).</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && now < until;
}
