namespace Custos.Storage.Entities;

/// <summary>
/// What staff accounts and officer accounts both keep for signing in safely: failed attempts and lockouts, and the
/// second factor (a TOTP secret, protected by ASP.NET Core Data Protection, never stored in clear).
/// </summary>
public interface ISignInAccount
{
    string Id { get; }

    /// <summary>Consecutive failed sign-ins since the last success or lockout.</summary>
    int FailedSignIns { get; set; }

    /// <summary>Lockouts in a row since the last successful sign-in (each lasts longer).</summary>
    int Lockouts { get; set; }

    /// <summary>The end of the current lockout (exclusive), or null.</summary>
    DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The enrolled TOTP secret, protected; null when no second factor is enrolled.</summary>
    string? TotpSecret { get; set; }

    /// <summary>A TOTP secret shown for enrolment and not yet confirmed with a code, protected.</summary>
    string? TotpPendingSecret { get; set; }

    DateTimeOffset? TotpEnrolledAt { get; set; }

    /// <summary>The time step of the last code used, so that no code is accepted twice.</summary>
    long? TotpLastStep { get; set; }
}
