using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.SignIn;

/// <summary>
/// Server-side sign-in sessions. The cookie carries only a session's id; every request checks the row, so that signing
/// out, disabling the account or changing its roles ends the session at once, and no session outlives its absolute
/// expiry however often it is used.
/// </summary>
public sealed class SignInSessions(CustosDbContext db, TimeProvider clock, SignInOptions options)
{
    /// <summary>Stages a new session: a pending one lives for the second step, an active one for the session lifetime.</summary>
    internal SignInSessionRecord Start(SessionHolder holder, string accountId, SignInStage stage, bool secondFactor, string? passwordRehash = null)
    {
        var now = clock.NowToTheMillisecond();
        var session = new SignInSessionRecord
        {
            Id = Ids.New("ses", 32),
            Holder = holder,
            AccountId = accountId,
            Stage = stage,
            SecondFactor = secondFactor,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + (stage == SignInStage.Active ? options.SessionLifetime : options.SecondStepLifetime),
            PasswordRehash = passwordRehash,
        };
        db.SignInSessions.Add(session);
        return session;
    }

    /// <summary>A pending session of <paramref name="holder"/> at <paramref name="stage"/> that has neither ended nor expired.</summary>
    internal async Task<SignInSessionRecord?> FindPendingAsync(SessionHolder holder, string? id, SignInStage stage, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.Id == id && s.Holder == holder, cancellationToken);
        return session is { EndedAt: null } && session.Stage == stage && now < session.ExpiresAt ? session : null;
    }

    /// <summary>
    /// The account whose active session <paramref name="id"/> is, or null when it is unknown, pending, ended or expired.
    /// Notes the use (at most once per <see cref="SignInOptions.LastSeenResolution"/>).
    /// </summary>
    public async Task<string?> ValidateAsync(SessionHolder holder, string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var now = clock.NowToTheMillisecond();
        var session = await db.SignInSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Holder == holder, cancellationToken);
        if (session is not { EndedAt: null, Stage: SignInStage.Active } || now >= session.ExpiresAt)
        {
            return null;
        }

        if (now - session.LastSeenAt >= options.LastSeenResolution)
        {
            // Not a change anyone acts on, so not a ledger event: when a session was last used, for the account's holder to see.
            await db.SignInSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }

        return session.AccountId;
    }

    /// <summary>Ends <paramref name="session"/> (staged).</summary>
    internal void End(SignInSessionRecord session, string reason)
    {
        session.EndedAt = clock.NowToTheMillisecond();
        session.EndReason = reason;
    }

    /// <summary>Ends the session <paramref name="id"/> of <paramref name="holder"/> if it is open (staged); whether there was one.</summary>
    internal async Task<SignInSessionRecord?> EndAsync(SessionHolder holder, string? id, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.Id == id && s.Holder == holder && s.EndedAt == null, cancellationToken);
        if (session is not null)
        {
            End(session, reason);
        }

        return session;
    }

    /// <summary>
    /// Ends every open session of an account (staged on <paramref name="db"/>): when it is disabled, its roles change or
    /// its factor is reset. With <paramref name="pendingOnly"/>, only sign-ins still waiting for their second step.
    /// Returns how many.
    /// </summary>
    internal static async Task<int> EndAllAsync(
        CustosDbContext db, SessionHolder holder, string accountId, DateTimeOffset now, string reason, CancellationToken cancellationToken, bool pendingOnly = false)
    {
        var open = await db.SignInSessions
            .Where(s => s.Holder == holder && s.AccountId == accountId && s.EndedAt == null && s.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        var ending = open.Where(s => !pendingOnly || s.Stage != SignInStage.Active).ToList();
        foreach (var session in ending)
        {
            session.EndedAt = now;
            session.EndReason = reason;
        }

        return ending.Count;
    }
}
