namespace Custos.Storage.Entities;

/// <summary>A member of staff who signs in to the reviewer console.</summary>
public sealed class StaffUserRecord
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
}
