using Custos.Domain.Common;

namespace Custos.Application.Staff;

/// <summary>The expected failures of staff account management and sign-in.</summary>
public static class StaffErrors
{
    public static Error UsernameInvalid { get; } = Error.Invalid(
        "staff.username-invalid", "A username is 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'.", "username");

    public static Error UsernameTaken(string username) =>
        Error.Conflict("staff.username-taken", $"There is already a member of staff named '{username}'.");

    public static Error DisplayNameMissing { get; } = Error.Invalid("staff.display-name-missing", "A display name is required.", "displayName");

    public static Error RegionInvalid { get; } = Error.Invalid(
        "staff.region-invalid", "A region is 'global' or a lower-case code such as 'eu' or 'cis'.", "region");

    public static Error RoleUnknown(string role) => Error.Invalid(
        "staff.role-unknown", $"'{role}' is not a role. Roles: {string.Join(", ", Domain.Staff.StaffRole.All)}.", "role");

    public static Error NoRoles { get; } = Error.Invalid("staff.no-roles", "A member of staff needs at least one role.", "role");

    public static Error PasswordTooShort { get; } = Error.Invalid(
        "staff.password-too-short", $"A password has at least {StaffAccounts.MinimumPasswordLength} characters.", "password");

    /// <summary>A concurrent change to staff accounts made this one's check stale (PostgreSQL); nothing was changed.</summary>
    public static Error ChangedMeanwhile { get; } = Error.Conflict(
        "staff.changed-meanwhile", "Another change to staff accounts was made at the same moment, so nothing was changed. Look again and retry.");

    public static Error NotFound(string username) => Error.NotFound("staff.not-found", $"No member of staff is named '{username}'.");

    /// <summary>Deliberately the same for an unknown user, a wrong password and a disabled account.</summary>
    public static Error SignInFailed { get; } = Error.Forbidden("staff.sign-in-failed", "The username or password is not right, or the account is disabled.");
}
