using Custos.Application.Common;
using Custos.Application.SignIn;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Agencies;

/// <summary>
/// Officer sign-in to the agency portal: the password, then the code when the officer has enrolled a second factor
/// (optional for officers). Only an active officer of an agency whose verification has not failed gets in. The same
/// password work is done whether or not the address is known; failures are counted in the account and a lockout is
/// ledgered once.
/// </summary>
public sealed class OfficerSignIn(
    CustosDbContext db, EventRecorder events, TimeProvider clock, IPasswordVerifier passwords, SignInGuard guard, SignInSessions sessions,
    SecondFactors factors)
{
    /// <summary>The password step. On success the session is active, or pending the code of the officer's factor.</summary>
    public async Task<Result<SignInStep<OfficerPrincipal>>> SignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalised = (email ?? string.Empty).Trim().ToLowerInvariant();
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Email == normalised, cancellationToken);
        var agency = officer is null ? null : await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == officer.AgencyId, cancellationToken);
        // Exactly one hash check on every path, so that an unknown address takes as long as a known one.
        var verdict = passwords.Verify(officer?.PasswordHash ?? passwords.DummyHash, password ?? string.Empty);
        if (officer is null || agency is null)
        {
            return OfficerErrors.SignInFailed;
        }

        if (SignInGuard.CounterOf(officer).IsLockedAt(clock.GetUtcNow()))
        {
            return SignInErrors.Locked(officer.LockedUntil!.Value);
        }

        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = await guard.RecordFailureAsync(
                db.Officers, officer, SessionHolder.Officer, LedgerEventTypes.OfficerLockedOut, OfficerAccounts.Subject(officer.Id), References(officer), cancellationToken);
            return locked is { } until ? SignInErrors.Locked(until) : OfficerErrors.SignInFailed;
        }

        if (!OfficerAccounts.MayUsePortal(officer, agency))
        {
            // The right password of a pending or disabled officer, or of a failed agency: the same answer as any failure.
            return OfficerErrors.SignInFailed;
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(password!) : null;
        var stage = SecondFactorRule.NextStep(officer.TotpSecret is not null, required: false, exempt: false);
        if (stage == SignInStage.Active)
        {
            return await CompleteAsync(officer, agency, null, secondFactor: false, rehash, cancellationToken);
        }

        var pending = sessions.Start(SessionHolder.Officer, officer.Id, stage, secondFactor: false, rehash);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInStep<OfficerPrincipal>(OfficerAccounts.Principal(officer, agency), Ticket(pending));
    }

    /// <summary>The code step. A wrong, expired or reused code counts as a failure.</summary>
    public async Task<Result<SignInStep<OfficerPrincipal>>> VerifyCodeAsync(string? sessionId, string? code, CancellationToken cancellationToken = default)
    {
        var pending = await sessions.FindPendingAsync(SessionHolder.Officer, sessionId, SignInStage.SecondFactor, cancellationToken);
        var officer = pending is null ? null : await db.Officers.FirstOrDefaultAsync(o => o.Id == pending.AccountId, cancellationToken);
        var agency = officer is null ? null : await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == officer.AgencyId, cancellationToken);
        if (pending is null || officer is null || agency is null || !OfficerAccounts.MayUsePortal(officer, agency) || officer.TotpSecret is null)
        {
            return SignInErrors.StepExpired;
        }

        if (SignInGuard.CounterOf(officer).IsLockedAt(clock.GetUtcNow()))
        {
            return SignInErrors.Locked(officer.LockedUntil!.Value);
        }

        if (!SecondFactors.IsWellFormed(code))
        {
            return SignInErrors.CodeMalformed;
        }

        var (verdict, error) = factors.Check(officer, code);
        if (verdict != CodeVerdict.Accepted)
        {
            var locked = await guard.RecordFailureAsync(
                db.Officers, officer, SessionHolder.Officer, LedgerEventTypes.OfficerLockedOut, OfficerAccounts.Subject(officer.Id), References(officer), cancellationToken);
            return locked is { } until ? SignInErrors.Locked(until) : error!;
        }

        return await CompleteAsync(officer, agency, pending, secondFactor: true, pending.PasswordRehash, cancellationToken);
    }

    /// <summary>A signed-in officer starts enrolling a second factor.</summary>
    public async Task<Result<TotpEnrolment>> BeginEnrolmentAsync(string officerId, CancellationToken cancellationToken = default)
    {
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        if (officer.TotpSecret is not null)
        {
            return SignInErrors.AlreadyEnrolled;
        }

        // The secret waits, protected, until a code confirms it; only the confirmed factor is a change worth a ledger event.
        var enrolment = factors.Begin(officer, officer.Email);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment;
    }

    /// <summary>A signed-in officer confirms their new factor with a code: from the next sign-in on, it is asked for.</summary>
    public async Task<Result<RegisteredOfficer>> ConfirmEnrolmentAsync(string officerId, string? code, CancellationToken cancellationToken = default)
    {
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        if (factors.Confirm(officer, code) is { } refused)
        {
            return refused;
        }

        events.Record(db, LedgerEventTypes.OfficerSecondFactorEnrolled, Actor.Officer(officer.Id, officer.AgencyId), OfficerAccounts.Subject(officer.Id),
            new { officerId = officer.Id, agencyId = officer.AgencyId, method = "totp" }, References(officer));
        await db.SaveChangesAsync(cancellationToken);
        return RegisteredOfficer.From(officer);
    }

    /// <summary>The officer whose active portal session <paramref name="sessionId"/> is, while they may use the portal; null otherwise.</summary>
    public async Task<OfficerPrincipal?> ValidateSessionAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var officerId = await sessions.ValidateAsync(SessionHolder.Officer, sessionId, cancellationToken);
        if (officerId is null)
        {
            return null;
        }

        var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        var agency = officer is null ? null : await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == officer.AgencyId, cancellationToken);
        return officer is null || agency is null || !OfficerAccounts.MayUsePortal(officer, agency) ? null : OfficerAccounts.Principal(officer, agency);
    }

    /// <summary>Ends the portal session on the server and records the sign-out.</summary>
    public async Task SignOutAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var session = await sessions.EndAsync(SessionHolder.Officer, sessionId, "signed-out", cancellationToken);
        if (session is null)
        {
            return;
        }

        var agencyId = await db.Officers.Where(o => o.Id == session.AccountId).Select(o => o.AgencyId).FirstOrDefaultAsync(cancellationToken);
        events.Record(db, LedgerEventTypes.OfficerSignedOut, Actor.Officer(session.AccountId, agencyId), OfficerAccounts.Subject(session.AccountId),
            new { officerId = session.AccountId, agencyId }, agencyId is null ? null : [AgencyRegistry.Subject(agencyId)]);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Result<SignInStep<OfficerPrincipal>>> CompleteAsync(
        OfficerRecord officer, AgencyRecord agency, SignInSessionRecord? pending, bool secondFactor, string? rehash, CancellationToken cancellationToken)
    {
        SignInGuard.Reset(officer);
        if (rehash is not null)
        {
            officer.PasswordHash = rehash;
        }

        if (pending is not null)
        {
            sessions.End(pending, "completed");
        }

        var session = sessions.Start(SessionHolder.Officer, officer.Id, SignInStage.Active, secondFactor);
        events.Record(db, LedgerEventTypes.OfficerSignedIn, Actor.Officer(officer.Id), OfficerAccounts.Subject(officer.Id), new
        {
            officerId = officer.Id,
            agencyId = officer.AgencyId,
            secondFactor = secondFactor ? "totp" : null,
            rehashed = rehash is not null,
        }, References(officer));
        await db.SaveChangesAsync(cancellationToken);
        return new SignInStep<OfficerPrincipal>(OfficerAccounts.Principal(officer, agency), Ticket(session));
    }

    private static string[] References(OfficerRecord officer) => [AgencyRegistry.Subject(officer.AgencyId)];

    private static SessionTicket Ticket(SignInSessionRecord session) => new(session.Id, session.Stage, session.ExpiresAt);
}
