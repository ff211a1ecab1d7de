namespace Custos.Application.Staff;

/// <summary>What is needed to create a member of staff.</summary>
public sealed record NewStaffMember(
    string Username, string DisplayName, string? Email, string Region, IReadOnlyList<string> Roles, string Password);
