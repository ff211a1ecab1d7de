using Custos.Domain.Common;
using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// What an administrator may change about a staff account without locking Custos out of its own administration: nobody
/// takes away their own power to administer (disabling themselves, removing their own administrator role, moving
/// themselves out of the central function), and no change takes it away from the last account that has it. The
/// operator at the command line is held to the second rule as well; it can always add an administrator first.
/// </summary>
public static class StaffAccountRules
{
    /// <summary>
    /// Null when <paramref name="actor"/> may change an account from <paramref name="before"/> to <paramref name="after"/>;
    /// else why not. <paramref name="otherAdministrators"/> counts the other accounts that administer now
    /// (<see cref="StaffAccountState.Administers"/>).
    /// </summary>
    public static Error? CheckChange(Actor actor, StaffAccountState before, StaffAccountState after, int otherAdministrators)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(otherAdministrators);
        if (!string.Equals(before.UserId, after.UserId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A change is to one account: before and after must have the same id.", nameof(after));
        }

        if (!before.Administers || after.Administers)
        {
            return null;
        }

        var how = HowLost(before, after);
        if (actor.Kind == ActorKind.Staff && string.Equals(actor.Id, Actor.Staff(before.UserId).Id, StringComparison.Ordinal))
        {
            return Error.Forbidden("staff.own-administration", how switch
            {
                Loss.Disabled => "You may not disable your own account: another administrator must.",
                Loss.Role => "You may not take the administrator role from yourself: another administrator must.",
                _ => "You may not move yourself to a region (regional staff administer nothing): another administrator must.",
            });
        }

        return otherAdministrators > 0 ? null : Error.Conflict("staff.last-administrator", how switch
        {
            Loss.Disabled => "This is the last account that can administer Custos: it may not be disabled. Make someone else an administrator of the central function first.",
            Loss.Role => "This is the last account that can administer Custos: its administrator role may not be taken away. Make someone else an administrator of the central function first.",
            _ => "This is the last account that can administer Custos: it may not be moved to a region (regional staff administer nothing). Make someone else an administrator of the central function first.",
        });
    }

    private enum Loss
    {
        Disabled,
        Role,
        Region,
    }

    /// <summary>How a change takes the power to administer away.</summary>
    private static Loss HowLost(StaffAccountState before, StaffAccountState after) =>
        after.IsDisabled && !before.IsDisabled ? Loss.Disabled
        : !after.Roles.Contains(StaffRole.Administrator, StringComparer.Ordinal) ? Loss.Role
        : Loss.Region;
}
