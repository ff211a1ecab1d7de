using System.Data;
using System.Data.Common;
using Custos.Application.Common;
using Custos.Application.SignIn;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Staff;

/// <summary>
/// The changes an administrator makes to a staff account — roles, region, disabling and enabling — each checked against
/// <see cref="StaffAccountRules"/> (nobody takes away their own power to administer, nothing takes it from the last
/// account that has it) and ledgered with the change.
/// </summary>
public sealed partial class StaffAccounts
{
    /// <summary>
    /// Replaces a member of staff's roles. Their sessions end: the next sign-in is judged (second factor included) on the
    /// new roles.
    /// </summary>
    public Task<Result<StaffMember>> SetRolesAsync(string username, IReadOnlyList<string> roles, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return ChangeAsync(username, actor, ValidateRoles(roles), before => before.WithRoles(roles), async (user, before, after, now) =>
        {
            user.Roles.Clear();
            foreach (var role in after.Roles)
            {
                user.Roles.Add(new StaffRoleRecord { UserId = user.Id, Role = role });
            }

            var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Staff, user.Id, now, "roles-changed", cancellationToken);
            events.Record(db, LedgerEventTypes.StaffRolesChanged, actor, Subject(user.Id), new
            {
                userId = user.Id,
                before = before.Roles,
                after = after.Roles,
                sessionsEnded = ended,
            });
        }, cancellationToken);
    }

    /// <summary>
    /// Moves a member of staff to <paramref name="region"/> (<see cref="StaffRegion.Global"/> for the central function;
    /// any other region makes them regional staff, who take requests in and nothing more). Their sessions end.
    /// </summary>
    public Task<Result<StaffMember>> SetRegionAsync(string username, string region, Actor actor, CancellationToken cancellationToken = default)
    {
        var wanted = (region ?? string.Empty).Trim();
        Error[] invalid = StaffRegion.IsValid(wanted) ? [] : [StaffErrors.RegionInvalid];
        return ChangeAsync(username, actor, invalid, before => before with { Region = wanted }, async (user, before, after, now) =>
        {
            user.Region = after.Region;
            var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Staff, user.Id, now, "region-changed", cancellationToken);
            events.Record(db, LedgerEventTypes.StaffRegionChanged, actor, Subject(user.Id), new
            {
                userId = user.Id,
                before = before.Region,
                after = after.Region,
                sessionsEnded = ended,
            });
        }, cancellationToken);
    }

    /// <summary>
    /// Disables a staff account: it can no longer sign in, its sessions end and its API keys are revoked (each key's
    /// revocation ledgered too); its history stays. Disabling a disabled account changes nothing.
    /// </summary>
    public Task<Result<StaffMember>> DisableAsync(string username, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(username, actor, [], before => before with { IsDisabled = true }, async (user, _, _, now) =>
        {
            user.IsDisabled = true;
            var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Staff, user.Id, now, "disabled", cancellationToken);
            var keys = await db.ApiKeys.Where(k => k.OwnerUserId == user.Id && k.RevokedAt == null).ToListAsync(cancellationToken);
            foreach (var key in keys)
            {
                key.RevokedAt = now;
                events.Record(db, LedgerEventTypes.ApiKeyRevoked, actor, "apikey:" + key.Id, new { keyId = key.Id, reason = "owner-disabled" }, [Subject(user.Id)]);
            }

            events.Record(db, LedgerEventTypes.StaffUserDisabled, actor, Subject(user.Id), new
            {
                userId = user.Id,
                sessionsEnded = ended,
                keysRevoked = keys.Select(k => k.Id).Order(StringComparer.Ordinal).ToArray(),
            });
        }, cancellationToken);

    /// <summary>
    /// Enables a disabled staff account: it can sign in again with its password (and its factor). API keys revoked when it
    /// was disabled stay revoked. Enabling an enabled account changes nothing.
    /// </summary>
    public Task<Result<StaffMember>> EnableAsync(string username, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(username, actor, [], before => before with { IsDisabled = false }, (user, _, _, _) =>
        {
            user.IsDisabled = false;
            events.Record(db, LedgerEventTypes.StaffUserEnabled, actor, Subject(user.Id), new { userId = user.Id });
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// The one way an account is changed: checks the actor and the input, then in one serialisable transaction loads the
    /// account, works out the change, asks <see cref="StaffAccountRules"/> (counting the other administrators in the same
    /// snapshot, so that two administrators cannot disable each other at the same moment), and applies and saves it with
    /// its events. A refused change is ledgered as <c>access.refused</c> and changes nothing; no change, no event.
    /// </summary>
    private async Task<Result<StaffMember>> ChangeAsync(
        string username, Actor actor, IReadOnlyList<Error> invalid, Func<StaffAccountState, StaffAccountState> change,
        Func<StaffUserRecord, StaffAccountState, StaffAccountState, DateTimeOffset, Task> apply, CancellationToken cancellationToken)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (invalid.Count > 0)
        {
            return Result<StaffMember>.Failure(invalid);
        }

        Error refused;
        string subject;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var user = await FindAsync(username, cancellationToken);
            if (user is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return StaffErrors.NotFound(NormaliseUsername(username));
            }

            var before = StateOf(user);
            var after = change(before);
            if (after.IsSameAs(before))
            {
                await transaction.RollbackAsync(cancellationToken);
                return ToMember(user);
            }

            var others = before.Administers && !after.Administers ? await OtherAdministratorsAsync(user.Id, cancellationToken) : 0;
            if (StaffAccountRules.CheckChange(actor, before, after, others) is not { } rule)
            {
                await apply(user, before, after, clock.NowToTheMillisecond());
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return ToMember(user);
            }

            await transaction.RollbackAsync(cancellationToken);
            (refused, subject) = (rule, Subject(user.Id));
        }
        catch (Exception exception) when (IsSerialisationFailure(exception))
        {
            // PostgreSQL found a concurrent change that this one's check may have depended on: nothing of it was kept.
            db.ChangeTracker.Clear();
            return StaffErrors.ChangedMeanwhile;
        }

        // Nothing was staged before the rule refused: the refusal is ledgered on its own.
        return await AccessGuard.RefuseAsync(db, events, actor, StaffAction.Administer, refused, subject, cancellationToken);
    }

    /// <summary>How many accounts other than <paramref name="userId"/> can administer now.</summary>
    private async Task<int> OtherAdministratorsAsync(string userId, CancellationToken cancellationToken)
    {
        var candidates = await db.StaffUsers.Include(u => u.Roles).AsNoTracking()
            .Where(u => u.Id != userId && !u.IsDisabled && u.Roles.Any(r => r.Role == StaffRole.Administrator))
            .ToListAsync(cancellationToken);
        return candidates.Count(u => StateOf(u).Administers);
    }

    private static StaffAccountState StateOf(StaffUserRecord user) =>
        new(user.Id, user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToArray(), user.Region, user.IsDisabled);

    private static string Subject(string userId) => "staff:" + userId;

    /// <summary>PostgreSQL's serialisation failure or deadlock (SQLSTATE 40001, 40P01), however EF Core wrapped it.</summary>
    private static bool IsSerialisationFailure(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40001" or "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
