namespace Custos.Storage.Entities;

/// <summary>One role held by a member of staff.</summary>
public sealed class StaffRoleRecord
{
    public required string UserId { get; init; }
    public required string Role { get; init; }
}
