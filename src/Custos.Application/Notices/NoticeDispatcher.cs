using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Outbox;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Notices;

/// <summary>
/// Delivers the notices that are due: each is first claimed by a conditional update (status and row version as read),
/// so that of several dispatchers — threads, processes, servers on one database — exactly one sends it; then it is
/// sent through the transport, and the outcome is saved with its ledger event (<c>notice.sent</c> or
/// <c>notice.send-failed</c>, after which the back-off sets the next attempt). A claim left by a dispatcher that stopped
/// mid-attempt runs out after <see cref="NoticeOptions.ClaimTimeout"/>; the notice is then tried again and the
/// interrupted attempt recorded as failed.
/// </summary>
public sealed partial class NoticeDispatcher(
    CustosDbContext db, EventRecorder events, TimeProvider clock, NoticeOptions options, INoticeTransport transport, ILogger<NoticeDispatcher> logger)
{
    /// <summary>What an attempt cut short by a stopped dispatcher is recorded as.</summary>
    public const string InterruptedReason = "Interrupted: the dispatcher stopped during the attempt (the message may or may not have gone).";

    /// <summary>Delivers what is due now, at most <see cref="NoticeOptions.BatchSize"/> notices, oldest due first.</summary>
    public async Task<NoticeDispatchSummary> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.NowToTheMillisecond();
        var due = await db.NoticeOutbox.AsNoTracking()
            .Where(n => ((n.Status == NoticeDeliveryStatus.Scheduled || n.Status == NoticeDeliveryStatus.FailedRetrying) && n.NextAttemptAt <= now)
                || (n.Status == NoticeDeliveryStatus.Sending && n.ClaimedUntil <= now))
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Select(n => n.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        int sent = 0, failed = 0, elsewhere = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (await AttemptAsync(id, cancellationToken))
            {
                case Outcome.Sent:
                    sent++;
                    break;
                case Outcome.Failed:
                    failed++;
                    break;
                default:
                    elsewhere++;
                    break;
            }
        }

        if (due.Count > 0)
        {
            LogRound(logger, due.Count, sent, failed, elsewhere);
        }

        return new NoticeDispatchSummary(due.Count, sent, failed, elsewhere);
    }

    private async Task<Outcome> AttemptAsync(string id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var notice = await ClaimAsync(id, cancellationToken);
        if (notice is null)
        {
            return Outcome.TakenElsewhere;
        }

        var message = NoticeMessages.Build(notice, options.Sender, clock.GetUtcNow());
        string? failure = null;
        using (var deadline = new CancellationTokenSource(options.SendTimeout, clock))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token))
        {
            try
            {
                await transport.SendAsync(message, notice.Id, linked.Token);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: give the notice back at once rather than leaving it claimed; it goes on the next start.
                await RecordFailureAsync(notice, InterruptedReason, retryNow: true, CancellationToken.None);
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure = NoticeFailures.Describe(ex, notice.Recipient);
                LogAttemptFailed(logger, notice.Id, notice.Attempts, ex.GetType().Name);
            }
        }

        if (failure is not null)
        {
            await RecordFailureAsync(notice, failure, retryNow: false, cancellationToken);
            return Outcome.Failed;
        }

        var sentAt = clock.NowToTheMillisecond();
        notice.Status = NoticeDeliveryStatus.Sent;
        notice.SentAt = sentAt;
        notice.SentVia = transport.Via;
        notice.ClaimedUntil = null;
        notice.RowVersion++;
        await SaveOutcomeAsync(notice, LedgerEventTypes.NoticeSent,
            new { notice = notice.Id, request = notice.RequestId, attempt = notice.Attempts, via = transport.Via, messageId = message.MessageId },
            CancellationToken.None);
        LogSent(logger, notice.Id, notice.Attempts, transport.Via);
        return Outcome.Sent;
    }

    /// <summary>
    /// Takes the notice for this dispatcher: the update applies only if the row still has the version read (EF's
    /// concurrency token), so a dispatcher that lost the race gets no row and leaves it. A claim that ran out is an
    /// interrupted attempt, recorded as failed before the new one starts.
    /// </summary>
    private async Task<NoticeOutboxRecord?> ClaimAsync(string id, CancellationToken cancellationToken)
    {
        var notice = await db.NoticeOutbox.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        var now = clock.NowToTheMillisecond();
        var claimable = notice is not null && notice.Status switch
        {
            NoticeDeliveryStatus.Scheduled or NoticeDeliveryStatus.FailedRetrying => notice.NextAttemptAt <= now,
            NoticeDeliveryStatus.Sending => notice.ClaimedUntil <= now,
            _ => false,
        };
        if (!claimable)
        {
            return null;
        }

        if (notice!.Status == NoticeDeliveryStatus.Sending)
        {
            notice.LastError = InterruptedReason;
            events.Record(db, LedgerEventTypes.NoticeSendFailed, Actor.System, NoticeOutbox.Subject(notice.Id),
                new { notice = notice.Id, request = notice.RequestId, attempt = notice.Attempts, error = InterruptedReason, nextAttemptAt = now },
                NoticeOutbox.References(notice));
            LogInterrupted(logger, notice.Id, notice.Attempts);
        }

        notice.Status = NoticeDeliveryStatus.Sending;
        notice.Attempts++;
        notice.LastAttemptAt = now;
        notice.ClaimedUntil = now + options.ClaimTimeout;
        notice.RowVersion++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return notice;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task RecordFailureAsync(NoticeOutboxRecord notice, string reason, bool retryNow, CancellationToken cancellationToken)
    {
        var failedAt = clock.NowToTheMillisecond();
        notice.Status = NoticeDeliveryStatus.FailedRetrying;
        notice.LastError = reason;
        notice.NextAttemptAt = retryNow ? failedAt : options.Backoff.NextAttempt(failedAt, notice.Attempts);
        notice.ClaimedUntil = null;
        notice.RowVersion++;
        await SaveOutcomeAsync(notice, LedgerEventTypes.NoticeSendFailed,
            new { notice = notice.Id, request = notice.RequestId, attempt = notice.Attempts, error = reason, nextAttemptAt = notice.NextAttemptAt },
            cancellationToken);
    }

    /// <summary>
    /// Saves an attempt's outcome (the row as staged) with its event. The row's update fails only if this dispatcher's
    /// claim ran out and another took the notice: the other's attempt then owns the row, but what this attempt did is
    /// still ledgered — a message that went is never left off the record.
    /// </summary>
    private async Task SaveOutcomeAsync(NoticeOutboxRecord notice, LedgerEventType type, object details, CancellationToken cancellationToken)
    {
        var subject = NoticeOutbox.Subject(notice.Id);
        var references = NoticeOutbox.References(notice);
        events.Record(db, type, Actor.System, subject, details, references);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            LogClaimLost(logger, notice.Id);
            events.Record(db, type, Actor.System, subject, details, references);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private enum Outcome
    {
        Sent,
        Failed,
        TakenElsewhere,
    }

    [LoggerMessage(1, LogLevel.Information, "Notice {NoticeId} delivered by {Via} (attempt {Attempt}).")]
    private static partial void LogSent(ILogger logger, string noticeId, int attempt, string via);

    [LoggerMessage(2, LogLevel.Warning, "Notice {NoticeId}: attempt {Attempt} failed ({ErrorType}); it will be retried.")]
    private static partial void LogAttemptFailed(ILogger logger, string noticeId, int attempt, string errorType);

    [LoggerMessage(3, LogLevel.Warning, "Notice {NoticeId}: attempt {Attempt} was interrupted (its claim ran out); trying again.")]
    private static partial void LogInterrupted(ILogger logger, string noticeId, int attempt);

    [LoggerMessage(4, LogLevel.Warning, "Notice {NoticeId}: this dispatcher's claim ran out before its outcome was saved and another dispatcher took it; the outcome is ledgered, the row left to the other.")]
    private static partial void LogClaimLost(ILogger logger, string noticeId);

    [LoggerMessage(5, LogLevel.Information, "Notice dispatch: {Due} due, {Sent} sent, {Failed} failed, {Elsewhere} taken by another dispatcher.")]
    private static partial void LogRound(ILogger logger, int due, int sent, int failed, int elsewhere);
}
