namespace Custos.Storage.Entities;

/// <summary>A member of staff who signs in to the reviewer console.</summary>
public sealed class StaffUserRecord : ISignInAccount
{
    public required string Id { get; init; }
    /// <summary>Lower-case, unique sign-in name.</summary>
    public required string Username { get; init; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public required string Region { get; set; }
    /// <summary>ASP.NET Core <c>PasswordHasher</c> output (PBKDF2, versioned).</summary>
    public required string PasswordHash { get; set; }
    public bool IsDisabled { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset PasswordChangedAt { get; set; }
    public List<StaffRoleRecord> Roles { get; } = [];
    public int FailedSignIns { get; set; }
    public int Lockouts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? TotpSecret { get; set; }
    public string? TotpPendingSecret { get; set; }
    public DateTimeOffset? TotpEnrolledAt { get; set; }
    public long? TotpLastStep { get; set; }
    /// <summary>May sign in without a second factor although the roles require one: set only for the demo's accounts.</summary>
    public bool SecondFactorExempt { get; set; }
}
