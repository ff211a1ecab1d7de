using Custos.Application.Common;
using Custos.Application.Restrictions;
using Custos.Application.Sanctions.Rescreen;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Sanctions;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Sanctions.Alerts;

/// <summary>
/// The sanctions alert queue. Compliance officers of the central function read it and decide each alert, with a
/// reason: confirmed (the customer is the listed party: the account is restricted) or dismissed (not the listed party:
/// the pair is not raised again unless its facts change). Senior escalation reads it too. Regional staff never see or
/// decide alerts. Every decision is a ledger event; every refusal too.
/// </summary>
public sealed class SanctionsAlerts(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>The alerts in <paramref name="status"/> (all when null), open first, newest first; at most <paramref name="take"/>.</summary>
    public async Task<Result<IReadOnlyList<AlertSummary>>> ListAsync(Actor actor, AlertStatus? status = null, int take = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadSanctionsAlerts, "sanctions-alerts", cancellationToken) is { } denied)
        {
            return denied;
        }

        var query = db.SanctionsAlerts.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        var rows = await query.OrderBy(a => a.Status == AlertStatus.Open ? 0 : 1).ThenByDescending(a => a.RaisedAt).ThenBy(a => a.Id)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(a => new AlertSummary(a.Id, a.AccountId, a.Subject, a.ListId, a.SourceId, a.EntryName, a.MatchedName, a.Score, a.Status, a.RaisedAt))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>How many alerts wait for a decision.</summary>
    public Task<int> CountOpenAsync(CancellationToken cancellationToken = default) =>
        db.SanctionsAlerts.CountAsync(a => a.Status == AlertStatus.Open, cancellationToken);

    /// <summary>One alert with its screened facts, entry and explanation.</summary>
    public async Task<Result<AlertView>> GetAsync(string id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadSanctionsAlerts, AlertRaiser.Subject(id), cancellationToken) is { } denied)
        {
            return denied;
        }

        var alert = await db.SanctionsAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return alert is null ? SanctionsErrors.AlertNotFound(id) : View(alert);
    }

    /// <summary>
    /// Confirms or dismisses an open alert with a reason. A confirmation restricts the account (reason
    /// <c>sanctions-list-match</c>) in the same transaction.
    /// </summary>
    public async Task<Result<AlertView>> DecideAsync(string id, AlertStatus decision, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var subject = AlertRaiser.Subject(id);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DisposeSanctionsAlerts, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        var alert = await db.SanctionsAlerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return SanctionsErrors.AlertNotFound(id);
        }

        if (AlertRules.CheckDisposal(alert.Status, decision, reason) is { } refused)
        {
            return refused;
        }

        var now = clock.NowToTheMillisecond();
        var trimmed = reason!.Trim();
        alert.Status = decision;
        alert.DecidedAt = now;
        alert.DecidedBy = actor.Id;
        alert.DecisionReason = trimmed;
        alert.RowVersion++;
        var type = decision == AlertStatus.Confirmed ? LedgerEventTypes.SanctionsAlertConfirmed : LedgerEventTypes.SanctionsAlertDismissed;
        events.Record(db, type, actor, subject, new { alertId = alert.Id, accountId = alert.AccountId, listId = alert.ListId, sourceId = alert.SourceId, reason = trimmed },
            [Customers.Records.CustomerRecords.Subject(alert.AccountId)]);
        if (decision == AlertStatus.Confirmed)
        {
            var customer = await db.Customers.FirstOrDefaultAsync(c => c.AccountId == alert.AccountId, cancellationToken);
            AccountRestrictions.Stage(db, events, actor, new AccountRestrictionRecord
            {
                Id = Ids.New("rst"),
                AccountId = alert.AccountId,
                Reason = AccountRestrictions.ListMatchReason,
                AlertId = alert.Id,
                AsOf = DateOnly.FromDateTime(now.UtcDateTime),
                Action = AccountRestrictions.ListMatchAction,
                Explanation = $"Confirmed match with {alert.ListId}/{alert.SourceId} ({alert.EntryName}): {trimmed}",
                RecordedAt = now,
                RecordedBy = actor.Id,
            }, customer);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SanctionsErrors.AlertStale();
        }

        return View(alert);
    }

    private static AlertView View(SanctionsAlertRecord a) => new()
    {
        Id = a.Id,
        AccountId = a.AccountId,
        Subject = a.Subject,
        ListId = a.ListId,
        SourceId = a.SourceId,
        ListVersionId = a.ListVersionId,
        ScreenedName = a.ScreenedName,
        ScreenedNativeName = a.ScreenedNativeName,
        ScreenedBirthDate = a.ScreenedBirthDate,
        ScreenedNationality = a.ScreenedNationality,
        ScreenedWallet = a.ScreenedWallet,
        EntryName = a.EntryName,
        EntryKind = a.EntryKind,
        EntryPrograms = a.EntryPrograms,
        EntryFacts = a.EntryFacts,
        MatchedName = a.MatchedName,
        Score = a.Score,
        Explanation = a.Explanation,
        Status = a.Status,
        RaisedAt = a.RaisedAt,
        DecidedAt = a.DecidedAt,
        DecidedBy = a.DecidedBy,
        DecisionReason = a.DecisionReason,
    };
}
