using Custos.Application.Common;
using Custos.Application.SignIn;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Staff;

/// <summary>
/// Staff sign-in in up to two steps: the password, then (when a factor is enrolled) its code, or (when the roles require
/// a factor and none is enrolled) enrolment before any session is issued. Every attempt does the same password work
/// whether or not the account exists; failures are counted in the account and a lockout is ledgered once; the
/// completed sign-in and sign-out are ledgered with the session they start and end.
/// </summary>
public sealed class StaffSignIn(
    CustosDbContext db, EventRecorder events, TimeProvider clock, IPasswordVerifier passwords, SignInGuard guard, SignInSessions sessions,
    SecondFactors factors)
{
    /// <summary>The password step. On success the session is active, or pending its code or enrolment.</summary>
    public async Task<Result<SignInStep<StaffMember>>> SignInAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var normalised = StaffAccounts.NormaliseUsername(username ?? string.Empty);
        var user = await db.StaffUsers.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Username == normalised, cancellationToken);
        // Exactly one hash check on every path, so that an unknown name takes as long as a known one.
        var verdict = passwords.Verify(user?.PasswordHash ?? passwords.DummyHash, password ?? string.Empty);
        if (user is null || user.IsDisabled)
        {
            return StaffErrors.SignInFailed;
        }

        if (SignInGuard.CounterOf(user).IsLockedAt(clock.GetUtcNow()))
        {
            return SignInErrors.Locked(user.LockedUntil!.Value);
        }

        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = await guard.RecordFailureAsync(db.StaffUsers, user, SessionHolder.Staff, LedgerEventTypes.StaffLockedOut, Subject(user.Id), null, cancellationToken);
            return locked is { } until ? SignInErrors.Locked(until) : StaffErrors.SignInFailed;
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(password!) : null;
        var stage = SecondFactorRule.NextStep(user.TotpSecret is not null, SecondFactorRule.RequiredFor(RolesOf(user)), user.SecondFactorExempt);
        if (stage == SignInStage.Active)
        {
            return await CompleteAsync(user, null, secondFactor: false, rehash, cancellationToken);
        }

        // The failures are not forgotten yet: only a completed sign-in resets them, so that a known password does not
        // buy unlimited guesses at the code.
        var pending = sessions.Start(SessionHolder.Staff, user.Id, stage, secondFactor: false, rehash);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInStep<StaffMember>(StaffAccounts.ToMember(user), Ticket(pending));
    }

    /// <summary>The code step of a sign-in pending its second factor. A wrong, expired or reused code counts as a failure.</summary>
    public async Task<Result<SignInStep<StaffMember>>> VerifyCodeAsync(string? sessionId, string? code, CancellationToken cancellationToken = default)
    {
        var pending = await sessions.FindPendingAsync(SessionHolder.Staff, sessionId, SignInStage.SecondFactor, cancellationToken);
        var user = pending is null ? null : await FindAsync(pending.AccountId, cancellationToken);
        if (pending is null || user is null || user.IsDisabled || user.TotpSecret is null)
        {
            return SignInErrors.StepExpired;
        }

        if (SignInGuard.CounterOf(user).IsLockedAt(clock.GetUtcNow()))
        {
            return SignInErrors.Locked(user.LockedUntil!.Value);
        }

        if (!SecondFactors.IsWellFormed(code))
        {
            return SignInErrors.CodeMalformed;
        }

        var (verdict, error) = factors.Check(user, code);
        if (verdict != CodeVerdict.Accepted)
        {
            var locked = await guard.RecordFailureAsync(db.StaffUsers, user, SessionHolder.Staff, LedgerEventTypes.StaffLockedOut, Subject(user.Id), null, cancellationToken);
            return locked is { } until ? SignInErrors.Locked(until) : error!;
        }

        return await CompleteAsync(user, pending, secondFactor: true, pending.PasswordRehash, cancellationToken);
    }

    /// <summary>The secret and QR code of a sign-in that must enrol a factor before it completes.</summary>
    public async Task<Result<TotpEnrolment>> BeginEnrolmentAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var pending = await sessions.FindPendingAsync(SessionHolder.Staff, sessionId, SignInStage.Enrolment, cancellationToken);
        var user = pending is null ? null : await FindAsync(pending.AccountId, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return SignInErrors.StepExpired;
        }

        return await BeginAsync(user, cancellationToken);
    }

    /// <summary>Confirms the factor of a sign-in that had to enrol one, with a code from the app; the sign-in then completes.</summary>
    public async Task<Result<SignInStep<StaffMember>>> ConfirmEnrolmentAsync(string? sessionId, string? code, CancellationToken cancellationToken = default)
    {
        var pending = await sessions.FindPendingAsync(SessionHolder.Staff, sessionId, SignInStage.Enrolment, cancellationToken);
        var user = pending is null ? null : await FindAsync(pending.AccountId, cancellationToken);
        if (pending is null || user is null || user.IsDisabled)
        {
            return SignInErrors.StepExpired;
        }

        if (factors.Confirm(user, code) is { } refused)
        {
            return refused;
        }

        RecordEnrolled(user);
        return await CompleteAsync(user, pending, secondFactor: true, pending.PasswordRehash, cancellationToken);
    }

    /// <summary>A signed-in member of staff starts enrolling a factor of their own (required or not).</summary>
    public async Task<Result<TotpEnrolment>> BeginOwnEnrolmentAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        return user is null || user.IsDisabled ? StaffErrors.NotFound(userId) : await BeginAsync(user, cancellationToken);
    }

    /// <summary>A signed-in member of staff confirms their new factor with a code: from the next sign-in on, it is asked for.</summary>
    public async Task<Result<StaffMember>> ConfirmOwnEnrolmentAsync(string userId, string? code, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return StaffErrors.NotFound(userId);
        }

        if (factors.Confirm(user, code) is { } refused)
        {
            return refused;
        }

        RecordEnrolled(user);
        await db.SaveChangesAsync(cancellationToken);
        return StaffAccounts.ToMember(user);
    }

    /// <summary>The member of staff whose active session <paramref name="sessionId"/> is, while the account is enabled; null otherwise.</summary>
    public async Task<StaffMember?> ValidateSessionAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var userId = await sessions.ValidateAsync(SessionHolder.Staff, sessionId, cancellationToken);
        if (userId is null)
        {
            return null;
        }

        var user = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null || user.IsDisabled ? null : StaffAccounts.ToMember(user);
    }

    /// <summary>Ends the session on the server (a copy of its cookie stops working at once) and records the sign-out.</summary>
    public async Task SignOutAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var session = await sessions.EndAsync(SessionHolder.Staff, sessionId, "signed-out", cancellationToken);
        if (session is null)
        {
            return;
        }

        events.Record(db, LedgerEventTypes.StaffSignedOut, Actor.Staff(session.AccountId), Subject(session.AccountId), new { userId = session.AccountId });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Result<TotpEnrolment>> BeginAsync(StaffUserRecord user, CancellationToken cancellationToken)
    {
        if (user.TotpSecret is not null)
        {
            return SignInErrors.AlreadyEnrolled;
        }

        // The secret waits, protected, until a code confirms it; only the confirmed factor is a change worth a ledger event.
        var enrolment = factors.Begin(user, user.Username);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment;
    }

    private void RecordEnrolled(StaffUserRecord user) =>
        events.Record(db, LedgerEventTypes.StaffSecondFactorEnrolled, Actor.Staff(user.Id), Subject(user.Id), new { userId = user.Id, method = "totp" });

    private async Task<Result<SignInStep<StaffMember>>> CompleteAsync(
        StaffUserRecord user, SignInSessionRecord? pending, bool secondFactor, string? rehash, CancellationToken cancellationToken)
    {
        SignInGuard.Reset(user);
        if (rehash is not null)
        {
            user.PasswordHash = rehash;
        }

        if (pending is not null)
        {
            sessions.End(pending, "completed");
        }

        // A new id for the session in use: the pending step's id never becomes a signed-in one.
        var session = sessions.Start(SessionHolder.Staff, user.Id, SignInStage.Active, secondFactor);
        events.Record(db, LedgerEventTypes.StaffSignedIn, Actor.Staff(user.Id), Subject(user.Id), new
        {
            userId = user.Id,
            secondFactor = secondFactor ? "totp" : null,
            rehashed = rehash is not null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new SignInStep<StaffMember>(StaffAccounts.ToMember(user), Ticket(session));
    }

    private Task<StaffUserRecord?> FindAsync(string userId, CancellationToken cancellationToken) =>
        db.StaffUsers.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    private static IEnumerable<string> RolesOf(StaffUserRecord user) => user.Roles.Select(r => r.Role);

    private static SessionTicket Ticket(SignInSessionRecord session) => new(session.Id, session.Stage, session.ExpiresAt);

    private static string Subject(string userId) => "staff:" + userId;
}
