using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// What an administrator can change about a staff account — its roles, its region, whether it is disabled — as the
/// <see cref="StaffAccountRules"/> judge it, before or after a change.
/// </summary>
/// <param name="UserId">The account's id (without the <c>staff:</c> prefix).</param>
/// <param name="Roles">The roles held.</param>
/// <param name="Region">Where the member of staff works (<see cref="StaffRegion.Global"/> for the central function).</param>
/// <param name="IsDisabled">Whether the account is disabled.</param>
public sealed record StaffAccountState(string UserId, IReadOnlyCollection<string> Roles, string Region, bool IsDisabled)
{
    /// <summary>
    /// Whether this account can administer staff accounts: enabled, and allowed <see cref="StaffAction.Administer"/> by
    /// the access rules (an administrator of the central function — regional staff administer nothing).
    /// </summary>
    public bool Administers => !IsDisabled && AccessRules.May(Actor.StaffMember(UserId, Roles, Region), StaffAction.Administer);

    /// <summary>The same account with <paramref name="roles"/> instead of its roles.</summary>
    public StaffAccountState WithRoles(IEnumerable<string> roles) =>
        this with { Roles = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() };

    /// <summary>Whether <paramref name="other"/> holds the same roles, region and state (the order of the roles aside).</summary>
    public bool IsSameAs(StaffAccountState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(UserId, other.UserId, StringComparison.Ordinal) &&
            string.Equals(Region, other.Region, StringComparison.Ordinal) &&
            IsDisabled == other.IsDisabled &&
            Roles.ToHashSet(StringComparer.Ordinal).SetEquals(other.Roles);
    }
}
