using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.SignIn;

/// <summary>
/// Counts failed sign-ins in the account and locks it by <see cref="SignInLockout"/>. A failure is a database update, not
/// a ledger event, so that an anonymous client cannot grow the public log; the lockout it leads to is ledgered, once.
/// Staff and officer accounts alike.
/// </summary>
public sealed class SignInGuard(CustosDbContext db, EventRecorder events, TimeProvider clock, SignInOptions options)
{
    /// <summary>The account's counter as the lockout rule sees it.</summary>
    internal static SignInCounter CounterOf(ISignInAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.FailedSignIns, account.Lockouts, account.LockedUntil);
    }

    /// <summary>
    /// Counts a failed attempt on <paramref name="account"/> in one transaction: the count goes up by one in the database
    /// (so that concurrent failures are all counted), and the failure that reaches the limit locks the account, ends its
    /// pending sign-ins and records <paramref name="lockedOut"/> — only one of several concurrent failures can do that.
    /// Returns the end of the lockout when this failure started one.
    /// </summary>
    internal async Task<DateTimeOffset?> RecordFailureAsync<TAccount>(
        DbSet<TAccount> accounts, TAccount account, SessionHolder holder, LedgerEventType lockedOut, string subject,
        IReadOnlyList<string>? references, CancellationToken cancellationToken)
        where TAccount : class, ISignInAccount
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(account);
        var now = clock.NowToTheMillisecond();
        var id = account.Id;
        DateTimeOffset? lockedUntil = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await accounts.Where(a => a.Id == id && (a.LockedUntil == null || a.LockedUntil <= now))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), cancellationToken);
            var stored = await accounts.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.FailedSignIns, a.Lockouts, a.LockedUntil }).FirstAsync(cancellationToken);
            var before = new SignInCounter(stored.FailedSignIns - 1, stored.Lockouts, stored.LockedUntil);
            var (after, lockedNow) = SignInLockout.AfterFailure(before, now, options.Lockout);
            if (lockedNow)
            {
                var max = options.Lockout.MaxFailures;
                var locked = await accounts.Where(a => a.Id == id && a.FailedSignIns >= max && (a.LockedUntil == null || a.LockedUntil <= now))
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(a => a.FailedSignIns, 0)
                        .SetProperty(a => a.Lockouts, after.Lockouts)
                        .SetProperty(a => a.LockedUntil, after.LockedUntil), cancellationToken);
                if (locked == 1)
                {
                    lockedUntil = after.LockedUntil;
                    var ended = await SignInSessions.EndAllAsync(db, holder, id, now, "locked-out", cancellationToken, pendingOnly: true);
                    events.Record(db, lockedOut, Actor.Anonymous, subject, new
                    {
                        accountId = id,
                        failures = max,
                        lockout = after.Lockouts,
                        lockedUntil = after.LockedUntil,
                        pendingSignInsEnded = ended,
                    }, references);
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await db.Entry(account).ReloadAsync(cancellationToken);
        return lockedUntil;
    }

    /// <summary>A completed sign-in forgets the failures and lockouts (staged).</summary>
    internal static void Reset(ISignInAccount account) => Apply(account, SignInLockout.AfterSuccess());

    /// <summary>An administrator's unlock (staged). Whether there was anything to unlock.</summary>
    internal static bool Unlock(ISignInAccount account)
    {
        var had = account.FailedSignIns > 0 || account.LockedUntil is not null || account.Lockouts > 0;
        Apply(account, SignInLockout.AfterUnlock());
        return had;
    }

    private static void Apply(ISignInAccount account, SignInCounter counter)
    {
        account.FailedSignIns = counter.Failures;
        account.Lockouts = counter.Lockouts;
        account.LockedUntil = counter.LockedUntil;
    }
}
