using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Notices;
using Custos.Application.Proofs.Sealing;
using Custos.Application.Requests;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Notices;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>
/// Notice to the customers whose data a production carries. When production is ordered, the Domain's
/// <see cref="NoticeRules"/> decide for each customer: due now (queued to the outbox before the package is released),
/// scheduled for a non-disclosure order's end date, deferred until an emergency is marked over, blocked by a tipping-off
/// prohibition, or withheld pending legal review every 180 days. Every decision is a ledger event naming the customer (sealed
/// by <see cref="DisclosureSeals"/> while a non-disclosure order binds, so the public log does not tell them yet), and
/// <see cref="RunDueAsync"/> — driven by the injected clock — queues each notice whose day has come and flags each legal
/// review that falls due, so that a notice goes by itself, across restarts, with nobody having to remember it.
/// </summary>
public sealed class CustomerNotices(
    CustosDbContext db, EventRecorder events, TimeProvider clock, NoticeOutbox outbox, ReviewOptions options, LedgerReader ledger, DisclosureSeals seals,
    LedgerIdentityKey identities)
{
    private static readonly NoticeStatus[] Waiting = [NoticeStatus.Due, NoticeStatus.Scheduled, NoticeStatus.AwaitingEmergencyEnd, NoticeStatus.WithheldPendingReview];

    /// <summary>The ledger subject of a customer notice.</summary>
    public static string Subject(string noticeId) => "notice:" + noticeId;

    /// <summary>The notices of a request, for its page (the caller checked the actor may see it).</summary>
    public async Task<IReadOnlyList<CustomerNoticeView>> ListAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var today = Today();
        var rows = await db.CustomerNotices.AsNoTracking().Where(n => n.RequestId == requestId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AccountId, StringComparer.Ordinal).Select(r => View(r, today))];
    }

    /// <summary>
    /// Queues every notice whose day has come, re-judging each waiting notice for today, and flags each legal review of an
    /// indefinite order that falls due. One transaction per request; returns how many notices were queued.
    /// </summary>
    public async Task<NoticeRun> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var today = Today();
        var requestIds = await db.CustomerNotices.AsNoTracking()
            .Where(n => n.QueuedAt == null && Waiting.Contains(n.Status))
            .Select(n => n.RequestId).Distinct().ToListAsync(cancellationToken);
        var queued = 0;
        var flagged = 0;
        foreach (var requestId in requestIds)
        {
            db.ChangeTracker.Clear();
            var request = await db.Requests.AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken);
            var content = RequestJson.ReadStored(request.Payload);
            var ended = await EmergencyEndedOnAsync(requestId, cancellationToken);
            var rows = await db.CustomerNotices.Where(n => n.RequestId == requestId && n.QueuedAt == null && Waiting.Contains(n.Status)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var timing = NoticeRules.On(Facts(request, content, row, ended), today);
                if (timing.MaySend)
                {
                    await QueueAsync(request, content, row, timing, Actor.System, cancellationToken);
                    queued++;
                }
                else
                {
                    flagged += Update(request, row, timing, Actor.System, today);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node handled this request's notices at the same moment; its transaction stands, ours is dropped.
                queued -= rows.Count(r => r.QueuedAt is not null);
            }
        }

        db.ChangeTracker.Clear();
        return new NoticeRun(queued, flagged);
    }

    /// <summary>
    /// Records a legal review of an order without an end date, or of a tipping-off prohibition, that keeps notice
    /// withheld: the next review (and the unseal-by date of the request's sealed entries) falls due 180 days from today.
    /// </summary>
    public async Task<Result<int>> RecordLegalReviewAsync(string requestId, Actor actor, string? rationale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await ReviewLoader.LoadAsync(db, events, requestId, actor, StaffAction.ReadRequests, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<int>.Failure(loaded.Errors);
        }

        var request = loaded.Value;
        var errors = DecisionRules.CheckDecider(request.Context, actor).ToList();
        if (errors.Count == 0 && string.IsNullOrWhiteSpace(rationale))
        {
            errors.Add(DecisionErrors.RationaleRequired);
        }

        var rows = errors.Count > 0 ? [] : await db.CustomerNotices
            .Where(n => n.RequestId == requestId && n.QueuedAt == null && (n.Status == NoticeStatus.WithheldPendingReview || n.Status == NoticeStatus.Blocked))
            .ToListAsync(cancellationToken);
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(Error.Conflict("notice.no-review-pending", "No notice of this request is withheld pending legal review or blocked by a tipping-off prohibition."));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            events.Record(db, LedgerEventTypes.DecisionActRefused, actor, request.Subject,
                new { act = "notice-review", rules = errors.Select(e => e.Code).Distinct().ToArray() }, request.References);
            await db.SaveChangesAsync(cancellationToken);
            return Result<int>.Failure(errors);
        }

        var today = Today();
        var ended = await EmergencyEndedOnAsync(requestId, cancellationToken);
        foreach (var row in rows)
        {
            row.LastLegalReview = today;
            var timing = NoticeRules.On(Facts(request.Record, request.Content, row, ended), today);
            Apply(row, timing);
            row.RowVersion++;
            Record(LedgerEventTypes.NoticeWithheld, actor, Subject(row.Id), new
            {
                notice = row.Id, request = requestId, status = timing.Status, reason = timing.Reason, legalBasis = timing.LegalBasis,
                reviewDue = timing.ReviewDue, reviewed = today, rationale = rationale!.Trim(),
            }, request.Record, row.AccountId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>Stages the notice decisions for a production just ordered; due notices are queued at once, before release.</summary>
    internal async Task StageAsync(LoadedRequest request, OrderedProduction production, Actor actor, CancellationToken cancellationToken)
    {
        var today = Today();
        var ended = await EmergencyEndedOnAsync(request.Record.Id, cancellationToken);
        foreach (var (account, data) in production.Disclosed.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var row = new CustomerNoticeRecord
            {
                Id = Ids.New("ntc"), RequestId = request.Record.Id, ProductionId = production.Production.Id, AccountId = account, Disclosed = Disclosed(data),
                Status = NoticeStatus.Due, Reason = string.Empty, DecidedAt = clock.NowToTheMillisecond(), RowVersion = 1,
            };
            db.CustomerNotices.Add(row);
            var timing = NoticeRules.On(Facts(request.Record, request.Content, row, ended), today);
            if (timing.MaySend)
            {
                Apply(row, timing);
                Record(LedgerEventTypes.NoticeScheduled, actor, Subject(row.Id),
                    new { notice = row.Id, request = request.Record.Id, status = timing.Status, sendOn = timing.SendOn, reason = timing.Reason },
                    request.Record, account);
                await QueueAsync(request.Record, request.Content, row, timing, actor, cancellationToken);
            }
            else
            {
                Update(request.Record, row, timing, actor, today, initial: true);
            }
        }
    }

    /// <summary>Re-judges the notices of an emergency marked over on <paramref name="endedOn"/> (queued by the next run).</summary>
    internal async Task EmergencyEndedAsync(string requestId, DateOnly endedOn, Actor actor, CancellationToken cancellationToken)
    {
        var request = await db.Requests.FirstAsync(r => r.Id == requestId, cancellationToken);
        var content = RequestJson.ReadStored(request.Payload);
        var rows = await db.CustomerNotices.Where(n => n.RequestId == requestId && n.QueuedAt == null && n.Status == NoticeStatus.AwaitingEmergencyEnd).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var timing = NoticeRules.On(Facts(request, content, row, endedOn), Today());
            Apply(row, timing);
            row.RowVersion++;
            Record(timing.MaySend || timing.Status == NoticeStatus.Scheduled ? LedgerEventTypes.NoticeScheduled : LedgerEventTypes.NoticeWithheld,
                actor, Subject(row.Id),
                new { notice = row.Id, request = requestId, status = timing.Status, sendOn = timing.SendOn, reason = timing.Reason, legalBasis = timing.LegalBasis },
                request, row.AccountId);
        }
    }

    /// <summary>
    /// Re-judges the notices of a request whose non-disclosure order was just recorded as lifted (tracked, with
    /// <see cref="RequestRecord.NonDisclosureLiftedOn"/> set): each not yet queued becomes due (unless an emergency still defers it) and is queued by the next run.
    /// Its event is no longer sealed, since the order binds no more.
    /// </summary>
    internal async Task OrderLiftedAsync(RequestRecord request, Actor actor, CancellationToken cancellationToken)
    {
        var content = RequestJson.ReadStored(request.Payload);
        var ended = await EmergencyEndedOnAsync(request.Id, cancellationToken);
        var rows = await db.CustomerNotices.Where(n => n.RequestId == request.Id && n.QueuedAt == null && n.Status != NoticeStatus.Due).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var timing = NoticeRules.On(Facts(request, content, row, ended), Today());
            if (timing.Status == row.Status && timing.SendOn == row.SendOn)
            {
                continue;
            }

            Apply(row, timing);
            row.RowVersion++;
            Record(timing.MaySend || timing.Status == NoticeStatus.Scheduled ? LedgerEventTypes.NoticeScheduled : LedgerEventTypes.NoticeWithheld,
                actor, Subject(row.Id),
                new { notice = row.Id, request = request.Id, status = timing.Status, sendOn = timing.SendOn, reason = timing.Reason, legalBasis = timing.LegalBasis },
                request, row.AccountId);
        }
    }

    /// <summary>Stages the change of a notice that may not go yet; returns 1 when a legal review was flagged as due.</summary>
    private int Update(RequestRecord request, CustomerNoticeRecord row, NoticeTiming timing, Actor actor, DateOnly today, bool initial = false)
    {
        var changed = initial || row.Status != timing.Status || row.SendOn != timing.SendOn || row.ReviewDue != timing.ReviewDue;
        Apply(row, timing);
        if (changed)
        {
            if (!initial)
            {
                row.RowVersion++;
            }

            Record(timing.Status == NoticeStatus.Scheduled ? LedgerEventTypes.NoticeScheduled : LedgerEventTypes.NoticeWithheld, actor, Subject(row.Id), new
            {
                notice = row.Id, request = request.Id, status = timing.Status, sendOn = timing.SendOn, reason = timing.Reason, legalBasis = timing.LegalBasis,
                reviewDue = timing.ReviewDue,
            }, request, row.AccountId);
        }

        if (timing is { ReviewOverdue: true, ReviewDue: { } due } && row.ReviewFlaggedFor != due)
        {
            row.ReviewFlaggedFor = due;
            if (!changed && !initial)
            {
                row.RowVersion++;
            }

            Record(LedgerEventTypes.NoticeReviewDue, actor, Subject(row.Id),
                new { notice = row.Id, request = request.Id, reviewDue = due, today, reason = timing.Reason }, request, row.AccountId);
            return 1;
        }

        return 0;
    }

    private async Task QueueAsync(
        RequestRecord request, DataRequest content, CustomerNoticeRecord row, NoticeTiming timing, Actor actor, CancellationToken cancellationToken)
    {
        var delayed = row.Status is not NoticeStatus.Due || row.SendOn is { } sendOn && sendOn > DateOnly.FromDateTime(row.DecidedAt.UtcDateTime);
        var delayReason = delayed && row.Reason.Length > 0 ? row.Reason : null;
        Apply(row, timing);
        var customer = await db.Customers.AsNoTracking().Where(c => c.AccountId == row.AccountId)
            .Select(c => new { c.GivenName, c.FamilyName, c.Email }).FirstOrDefaultAsync(cancellationToken);
        var production = await db.Productions.AsNoTracking().Where(p => p.Id == row.ProductionId)
            .Select(p => new { p.ReleasedAt, p.EventId }).FirstOrDefaultAsync(cancellationToken);
        var now = clock.NowToTheMillisecond();
        row.QueuedAt = now;
        row.RowVersion++;
        if (customer?.Email is not { Length: > 0 } email)
        {
            row.Reason = "The customer has no e-mail address on record: the notice cannot be delivered; write to them by post.";
            Record(LedgerEventTypes.NoticeWithheld, actor, Subject(row.Id),
                new { notice = row.Id, request = request.Id, status = timing.Status, reason = row.Reason, undeliverable = true }, request, row.AccountId);
            return;
        }

        var disclosed = Disclosed(row);
        var agency = request.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => new { a.Name, a.Country }).FirstOrDefaultAsync(cancellationToken);
        var leaf = production is null ? null
            : await db.LedgerEvents.AsNoTracking().Where(e => e.Id == production.EventId).Select(e => e.LeafIndex).FirstOrDefaultAsync(cancellationToken);
        var notice = NoticeComposer.Compose(new NoticeDetails
        {
            AccountId = row.AccountId,
            CustomerName = $"{customer.GivenName} {customer.FamilyName}".Trim(),
            PlatformName = options.PlatformName,
            AgencyName = agency?.Name ?? content.Agency.Name ?? "the requesting authority",
            AgencyCountry = agency?.Country ?? content.Agency.Country,
            Process = content.LegalProcess?.Type ?? LegalProcessType.None,
            ProcessReference = content.LegalProcess?.Reference,
            Issuer = content.LegalProcess?.Issuer,
            IssuedOn = content.LegalProcess?.IssuedOn,
            LegalBasis = content.LegalProcess?.LegalBasis,
            Data = disclosed,
            DisclosedOn = production?.ReleasedAt is { } released ? DateOnly.FromDateTime(released.UtcDateTime) : null,
            DelayReason = delayReason,
            Ledger = new LedgerPointer(options.CheckPage, options.LedgerUrl, ledger.VerifierKey.Format(), leaf),
            Proof = new CustomerProofKey(options.ProofPage, identities.DisclosureCode(row.AccountId), identities.CustomerKey(row.AccountId)),
        });
        row.OutboxId = Ids.New("msg");
        var queued = await outbox.EnqueueAsync(
            new NoticeToSend(row.OutboxId, row.AccountId, email, notice.Subject, notice.Body, request.Id, now), actor, cancellationToken);
        if (!queued.IsSuccess)
        {
            row.OutboxId = null;
            row.Reason = $"The notice could not be queued: {queued.Error.Message}";
            Record(LedgerEventTypes.NoticeWithheld, actor, Subject(row.Id),
                new { notice = row.Id, request = request.Id, status = timing.Status, reason = row.Reason, undeliverable = true }, request, row.AccountId);
        }
    }

    /// <summary>What the production carries about the customer, as the notice row recorded it.</summary>
    private static IReadOnlyList<DisclosedData> Disclosed(CustomerNoticeRecord row) =>
        [.. System.Text.Json.JsonSerializer.Deserialize<DisclosedRow[]>(row.Disclosed, DisclosedJson)!
            .Select(d => new DisclosedData(d.Category, new ItemRange(d.From, d.To)))];

    private static string Disclosed(IReadOnlyList<DisclosedData> data) =>
        System.Text.Json.JsonSerializer.Serialize(data.Select(d => new DisclosedRow(d.Category, d.Range.From, d.Range.To)), DisclosedJson);

    private static readonly System.Text.Json.JsonSerializerOptions DisclosedJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new KebabEnumJsonConverterFactory() },
    };

    private sealed record DisclosedRow(DataCategory Category, DateOnly From, DateOnly To);

    private async Task<DateOnly?> EmergencyEndedOnAsync(string requestId, CancellationToken cancellationToken)
    {
        var ended = await db.RequestDecisions.AsNoTracking()
            .Where(d => d.RequestId == requestId && d.Act == DecisionAct.EndEmergency).Select(d => (DateTimeOffset?)d.DecidedAt).FirstOrDefaultAsync(cancellationToken);
        return ended is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;
    }

    private static NoticeFacts Facts(RequestRecord request, DataRequest content, CustomerNoticeRecord row, DateOnly? emergencyEndedOn) =>
        NoticeFacts.Of(content, DateOnly.FromDateTime(row.DecidedAt.UtcDateTime), emergencyEndedOn, row.LastLegalReview, request.NonDisclosureLiftedOn);

    private static void Apply(CustomerNoticeRecord row, NoticeTiming timing)
    {
        row.Status = timing.Status;
        row.SendOn = timing.SendOn;
        row.Reason = timing.Reason;
        row.LegalBasis = timing.LegalBasis;
        row.ReviewDue = timing.ReviewDue;
    }

    private static CustomerNoticeView View(CustomerNoticeRecord r, DateOnly today) => new(
        r.Id, r.AccountId, r.Status, r.SendOn, r.Reason, r.LegalBasis, r.ReviewDue, r.ReviewDue is { } due && due <= today && r.QueuedAt is null,
        r.OutboxId, r.QueuedAt);

    /// <summary>Stages an event about the customer's notice: sealed while the request's non-disclosure order binds (docs/proofs.md).</summary>
    private void Record(LedgerEventType type, Actor actor, string subject, object details, RequestRecord request, string accountId) =>
        seals.Record(request, type, actor, subject, details, [.. RequestChanges.References(request), "request:" + request.Id], [Customers.Records.CustomerRecords.Subject(accountId)]);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>What one run of the notice scheduler did.</summary>
/// <param name="Queued">Notices queued to the outbox.</param>
/// <param name="ReviewsFlagged">Legal reviews of indefinite orders flagged as due.</param>
public sealed record NoticeRun(int Queued, int ReviewsFlagged);
