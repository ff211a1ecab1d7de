namespace Custos.Application.Staff;

/// <summary>A member of staff as the rest of Custos sees them (never the password hash).</summary>
public sealed record StaffMember(
    string Id, string Username, string DisplayName, string? Email, string Region, IReadOnlyList<string> Roles, bool IsDisabled)
{
    public bool IsRegional => Domain.Staff.StaffRegion.IsRegional(Region);
}
