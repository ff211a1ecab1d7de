using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Staff;

/// <summary>Creates and changes staff accounts and checks their passwords. Every change is a ledger event.</summary>
public sealed class StaffAccounts(CustosDbContext db, EventRecorder events, TimeProvider clock, LedgerAppender? appender = null)
{
    public const int MinimumPasswordLength = 12;

    private static readonly PasswordHasher<StaffUserRecord> Hasher = new();

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
        user.PasswordHash = Hasher.HashPassword(user, input.Password!);
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

    public async Task<Result<StaffMember>> SetRolesAsync(string username, IReadOnlyList<string> roles, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        ArgumentNullException.ThrowIfNull(roles);
        var errors = ValidateRoles(roles);
        if (errors.Count > 0)
        {
            return Result<StaffMember>.Failure(errors);
        }

        var user = await FindAsync(username, cancellationToken);
        if (user is null)
        {
            return StaffErrors.NotFound(username);
        }

        var before = user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToArray();
        user.Roles.Clear();
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            user.Roles.Add(new StaffRoleRecord { UserId = user.Id, Role = role });
        }

        events.Record(db, LedgerEventTypes.StaffRolesChanged, actor, "staff:" + user.Id, new
        {
            userId = user.Id,
            before,
            after = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ToMember(user);
    }

    public async Task<Result<StaffMember>> DisableAsync(string username, Actor actor, CancellationToken cancellationToken = default)
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

        user.IsDisabled = true;
        events.Record(db, LedgerEventTypes.StaffUserDisabled, actor, "staff:" + user.Id, new { userId = user.Id });
        await db.SaveChangesAsync(cancellationToken);
        return ToMember(user);
    }

    /// <summary>Checks a password; records the sign-in or the failure as a ledger event either way.</summary>
    public async Task<Result<StaffMember>> SignInAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var normalised = NormaliseUsername(username ?? string.Empty);
        var user = await FindAsync(normalised, cancellationToken);
        var verdict = user is null || user.IsDisabled
            ? PasswordVerificationResult.Failed
            : Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? string.Empty);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            // The subject is the user when known; an unknown name is not written anywhere (it may be a typed password).
            await AppendAsync(LedgerEventTypes.StaffSignInFailed, Actor.Anonymous, user is null ? "staff:unknown" : "staff:" + user.Id,
                new { reason = user is null ? "unknown-user" : user.IsDisabled ? "disabled" : "wrong-password" }, cancellationToken);
            return StaffErrors.SignInFailed;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // A state change besides the event: both in one transaction.
            user.PasswordHash = Hasher.HashPassword(user, password!);
            events.Record(db, LedgerEventTypes.StaffSignedIn, Actor.Staff(user.Id), "staff:" + user.Id, new { userId = user.Id, rehashed = true });
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff(user.Id), "staff:" + user.Id, new { userId = user.Id }, cancellationToken);
        }

        return ToMember(user);
    }

    /// <summary>An event that is a state change of its own: through the group-committing appender when there is one.</summary>
    private async Task AppendAsync(LedgerEventType type, Actor actor, string subject, object details, CancellationToken cancellationToken)
    {
        if (appender is not null)
        {
            await appender.AppendAsync(type, actor, subject, details, cancellationToken: cancellationToken);
            return;
        }

        events.Record(db, type, actor, subject, details);
        await db.SaveChangesAsync(cancellationToken);
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

    private static StaffMember ToMember(StaffUserRecord user) => new(
        user.Id, user.Username, user.DisplayName, user.Email, user.Region,
        user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToArray(), user.IsDisabled);
}
