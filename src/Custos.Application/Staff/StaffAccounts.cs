using Custos.Application.Common;
using Custos.Application.SignIn;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Staff;

/// <summary>
/// Creates and changes staff accounts: roles, region, disabling and enabling (<c>StaffAccounts.Changes.cs</c>), lockouts
/// and second factors. Every change is a ledger event; only administrators (and the operator) may make one.
/// </summary>
public sealed partial class StaffAccounts(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    public const int MinimumPasswordLength = 12;

    public async Task<Result<StaffMember>> CreateAsync(NewStaffMember input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        ArgumentNullException.ThrowIfNull(input);
        var username = NormaliseUsername(input.Username);
        var errors = new List<Error>();
        if (!IsValidUsername(username))
        {
            errors.Add(StaffErrors.UsernameInvalid);
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors.Add(StaffErrors.DisplayNameMissing);
        }

        if (!StaffRegion.IsValid(input.Region))
        {
            errors.Add(StaffErrors.RegionInvalid);
        }

        errors.AddRange(ValidateRoles(input.Roles));
        if ((input.Password ?? string.Empty).Length < MinimumPasswordLength)
        {
            errors.Add(StaffErrors.PasswordTooShort);
        }

        if (errors.Count > 0)
        {
            return Result<StaffMember>.Failure(errors);
        }

        if (await db.StaffUsers.AnyAsync(u => u.Username == username, cancellationToken))
        {
            return StaffErrors.UsernameTaken(username);
        }

        var now = clock.GetUtcNow();
        var user = new StaffUserRecord
        {
            Id = Ids.New("usr"),
            Username = username,
            DisplayName = input.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            Region = input.Region,
            PasswordHash = string.Empty,
            CreatedAt = now,
            PasswordChangedAt = now,
        };
        user.PasswordHash = PasswordVerifier.Instance.Hash(input.Password!);
        foreach (var role in input.Roles.Distinct(StringComparer.Ordinal))
        {
            user.Roles.Add(new StaffRoleRecord { UserId = user.Id, Role = role });
        }

        db.StaffUsers.Add(user);
        events.Record(db, LedgerEventTypes.StaffUserCreated, actor, "staff:" + user.Id, new
        {
            userId = user.Id,
            username,
            region = user.Region,
            roles = user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToArray(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ToMember(user);
    }

    /// <summary>Ends a lockout after repeated failed sign-ins before its time, and forgets the failures.</summary>
    public async Task<Result<StaffMember>> UnlockAsync(string username, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var user = await FindAsync(username, cancellationToken);
        if (user is null)
        {
            return StaffErrors.NotFound(username);
        }

        var wasLocked = SignInGuard.CounterOf(user).IsLockedAt(clock.GetUtcNow());
        var lockedUntil = user.LockedUntil;
        if (SignInGuard.Unlock(user))
        {
            events.Record(db, LedgerEventTypes.StaffUnlocked, actor, "staff:" + user.Id, new { userId = user.Id, wasLocked, lockedUntil });
            await db.SaveChangesAsync(cancellationToken);
        }

        return ToMember(user);
    }

    /// <summary>
    /// Removes a member of staff's second factor (a lost phone): their sessions end, and at the next sign-in a role that
    /// requires a factor enrols a new one before it gets in.
    /// </summary>
    public async Task<Result<StaffMember>> ResetSecondFactorAsync(string username, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var user = await FindAsync(username, cancellationToken);
        if (user is null)
        {
            return StaffErrors.NotFound(username);
        }

        var had = user.TotpSecret is not null;
        SecondFactors.Remove(user);
        var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Staff, user.Id, clock.GetUtcNow(), "second-factor-reset", cancellationToken);
        events.Record(db, LedgerEventTypes.StaffSecondFactorReset, actor, "staff:" + user.Id, new { userId = user.Id, hadFactor = had, sessionsEnded = ended });
        await db.SaveChangesAsync(cancellationToken);
        return ToMember(user);
    }

    /// <summary>
    /// Lets an account sign in without the second factor its roles require. Only Custos itself may do this — the demo's
    /// seeder (and the tests' server) — never a person: the console and the command line offer no way to.
    /// </summary>
    public async Task<Result<StaffMember>> ExemptFromSecondFactorAsync(string username, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.System)
        {
            return SignInErrors.ExemptionOnlyByCustos;
        }

        var user = await FindAsync(username, cancellationToken);
        if (user is null)
        {
            return StaffErrors.NotFound(username);
        }

        if (!user.SecondFactorExempt)
        {
            user.SecondFactorExempt = true;
            events.Record(db, LedgerEventTypes.StaffSecondFactorExempted, actor, "staff:" + user.Id, new { userId = user.Id, reason = "demo" });
            await db.SaveChangesAsync(cancellationToken);
        }

        return ToMember(user);
    }

    /// <summary>The staff accounts locked now after repeated failed sign-ins, soonest unlocked first.</summary>
    public async Task<IReadOnlyList<LockedAccount>> ListLockedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.NowToTheMillisecond();
        var locked = await db.StaffUsers.AsNoTracking().Where(u => u.LockedUntil != null && u.LockedUntil > now).ToListAsync(cancellationToken);
        return locked.OrderBy(u => u.LockedUntil).ThenBy(u => u.Username, StringComparer.Ordinal)
            .Select(u => new LockedAccount(u.Id, u.Username, u.DisplayName, u.LockedUntil!.Value, u.Lockouts))
            .ToList();
    }

    /// <summary>One member of staff by username, for an administrator (a refusal is ledgered like any other).</summary>
    public async Task<Result<StaffMember>> GetAsync(string username, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var normalised = NormaliseUsername(username);
        var user = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().FirstOrDefaultAsync(u => u.Username == normalised, cancellationToken);
        return user is null ? StaffErrors.NotFound(normalised) : ToMember(user);
    }

    public async Task<StaffMember?> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var user = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? null : ToMember(user);
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        var users = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().OrderBy(u => u.Username).ToListAsync(cancellationToken);
        return users.Select(ToMember).ToList();
    }

    /// <summary>A random password of <paramref name="length"/> characters from an alphabet without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword(int length) =>
        System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", length);

    public static string NormaliseUsername(string username) => (username ?? string.Empty).Trim().ToLowerInvariant();

    public static bool IsValidUsername(string username) =>
        username.Length is >= 3 and <= 64 &&
        username.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-');

    private static List<Error> ValidateRoles(IReadOnlyList<string> roles)
    {
        var errors = new List<Error>();
        if (roles is null || roles.Count == 0)
        {
            errors.Add(StaffErrors.NoRoles);
            return errors;
        }

        errors.AddRange(roles.Where(r => !StaffRole.IsKnown(r)).Select(StaffErrors.RoleUnknown));
        return errors;
    }

    private Task<StaffUserRecord?> FindAsync(string username, CancellationToken cancellationToken)
    {
        var normalised = NormaliseUsername(username);
        return db.StaffUsers.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Username == normalised, cancellationToken);
    }

    internal static StaffMember ToMember(StaffUserRecord user)
    {
        var roles = user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToArray();
        return new(user.Id, user.Username, user.DisplayName, user.Email, user.Region, roles, user.IsDisabled)
        {
            SecondFactorEnrolled = user.TotpSecret is not null,
            SecondFactorRequired = SecondFactorRule.RequiredFor(roles),
            SecondFactorExempt = user.SecondFactorExempt,
            LockedUntil = user.LockedUntil,
        };
    }
}
