using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Customers.Records;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Outbox;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Notices;

/// <summary>
/// The durable outbox of customer notices. <see cref="EnqueueAsync"/> stages a notice (and its <c>notice.queued</c>
/// event) on the caller's unit of work — the scope's <see cref="CustosDbContext"/> — so that the decision to notify and
/// the message commit together or not at all; <see cref="NoticeDispatcher"/> delivers it once it is due.
/// </summary>
public sealed class NoticeOutbox(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>The ledger subject of a notice.</summary>
    public static string Subject(string noticeId) => "notice:" + noticeId;

    /// <summary>
    /// Checks <paramref name="notice"/> and stages it with its ledger event; nothing is written until the caller saves.
    /// The caller has already decided that the notice may go at <see cref="NoticeToSend.NotBefore"/> and checked who
    /// asks (<paramref name="actor"/> is recorded as having queued it).
    /// </summary>
    public async Task<Result<NoticeDeliveryView>> EnqueueAsync(NoticeToSend notice, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = Check(notice);
        if (errors.Count > 0)
        {
            return Result<NoticeDeliveryView>.Failure(errors);
        }

        if (!await db.Requests.AnyAsync(r => r.Id == notice.RequestId, cancellationToken))
        {
            return NoticeErrors.RequestNotFound(notice.RequestId);
        }

        if (db.NoticeOutbox.Local.Any(n => n.Id == notice.NoticeId)
            || await db.NoticeOutbox.AnyAsync(n => n.Id == notice.NoticeId, cancellationToken))
        {
            return NoticeErrors.AlreadyQueued(notice.NoticeId);
        }

        var notBefore = DateTimeOffset.FromUnixTimeMilliseconds(notice.NotBefore.ToUnixTimeMilliseconds());
        var record = new NoticeOutboxRecord
        {
            Id = notice.NoticeId,
            RequestId = notice.RequestId,
            CustomerAccountId = notice.CustomerAccountId,
            Recipient = notice.RecipientAddress.Trim(),
            Subject = notice.Subject,
            Body = notice.Body,
            NotBefore = notBefore,
            QueuedAt = clock.NowToTheMillisecond(),
            QueuedBy = actor.Id,
            Status = NoticeDeliveryStatus.Scheduled,
            NextAttemptAt = notBefore,
            RowVersion = 1,
        };
        db.NoticeOutbox.Add(record);
        events.Record(db, LedgerEventTypes.NoticeQueued, actor, Subject(record.Id),
            new { notice = record.Id, request = record.RequestId, customer = record.CustomerAccountId, notBefore },
            References(record));
        return View(record);
    }

    /// <summary>
    /// The notices of <paramref name="requestId"/>, soonest first, with where each one's delivery stands. For a request's
    /// page: the caller has already checked that its actor may see the request (and the target accounts, if shown).
    /// </summary>
    public async Task<IReadOnlyList<NoticeDeliveryView>> ListAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var rows = await db.NoticeOutbox.AsNoTracking().Where(n => n.RequestId == requestId).ToListAsync(cancellationToken);
        return rows.OrderBy(n => n.NotBefore).ThenBy(n => n.Id, StringComparer.Ordinal).Select(View).ToArray();
    }

    /// <summary>The view of one outbox row.</summary>
    internal static NoticeDeliveryView View(NoticeOutboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.CustomerAccountId, record.Status, record.NotBefore, record.Attempts,
            record.Status == NoticeDeliveryStatus.Sent ? null : record.NextAttemptAt, record.LastAttemptAt, record.LastError, record.SentAt, record.SentVia);
    }

    /// <summary>What a notice's events refer to besides the notice: its request and its customer.</summary>
    internal static IReadOnlyList<string> References(NoticeOutboxRecord record) =>
        [RequestChanges.Subject(record.RequestId), CustomerRecords.Subject(record.CustomerAccountId)];

    private static List<Error> Check(NoticeToSend notice)
    {
        var errors = new List<Error>();
        if (!IsNoticeId(notice.NoticeId))
        {
            errors.Add(NoticeErrors.IdInvalid);
        }

        if (string.IsNullOrEmpty(notice.CustomerAccountId) || notice.CustomerAccountId.Length > 200)
        {
            errors.Add(NoticeErrors.AccountInvalid);
        }

        if (!EmailAddresses.TryNormalise(notice.RecipientAddress, out _, out _))
        {
            errors.Add(NoticeErrors.RecipientInvalid);
        }

        if (string.IsNullOrWhiteSpace(notice.Subject) || notice.Subject.Length > 200 || notice.Subject.Any(char.IsControl))
        {
            errors.Add(NoticeErrors.SubjectInvalid);
        }

        if (string.IsNullOrWhiteSpace(notice.Body) || notice.Body.Length > 100_000)
        {
            errors.Add(NoticeErrors.BodyInvalid);
        }

        if (string.IsNullOrEmpty(notice.RequestId) || notice.RequestId.Length > 100 || notice.RequestId.Any(char.IsWhiteSpace))
        {
            errors.Add(NoticeErrors.RequestInvalid);
        }

        return errors;
    }

    private static bool IsNoticeId(string? id) =>
        id is { Length: >= 1 and <= 100 } && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
