namespace Custos.Application.Staff;

/// <summary>A member of staff as the rest of Custos sees them (never the password hash).</summary>
public sealed record StaffMember(
    string Id, string Username, string DisplayName, string? Email, string Region, IReadOnlyList<string> Roles, bool IsDisabled)
{
    public bool IsRegional => Domain.Staff.StaffRegion.IsRegional(Region);

    /// <summary>Whether a second factor (TOTP) is enrolled; it is then asked for at every sign-in.</summary>
    public bool SecondFactorEnrolled { get; init; }

    /// <summary>Whether the roles require a second factor (<see cref="Domain.Access.SecondFactorRule"/>).</summary>
    public bool SecondFactorRequired { get; init; }

    /// <summary>Whether the account may sign in without the factor its roles require (the demo's accounts only).</summary>
    public bool SecondFactorExempt { get; init; }

    /// <summary>The end of a lockout after repeated failed sign-ins (past or present), or null.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
