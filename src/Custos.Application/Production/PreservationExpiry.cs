using System.Globalization;
using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Preservation;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// The end of a preservation's period: released by the clock when it expires (its snapshots deleted — the data is no
/// longer held), or extended by a reviewer on a renewed request as often as the terms allow. Time is the injected clock's.
/// </summary>
public sealed class PreservationExpiry(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>
    /// Releases every active preservation whose period has ended by the clock's day: state expired, snapshots deleted,
    /// <c>preservation.released</c> ledgered and the request moved to <c>preservation-released</c> where its lifecycle
    /// allows — one transaction per preservation. Returns how many were released now.
    /// </summary>
    public async Task<int> ReleaseDueAsync(CancellationToken ct = default)
    {
        var today = PreservationRows.Today(clock);
        var active = await db.Preservations.AsNoTracking().Where(p => p.State == PreservationState.Active).ToListAsync(ct);
        var released = 0;
        foreach (var due in active.Where(p => PreservationRules.On(PreservationRows.Period(p), today).State == PreservationState.Expired))
        {
            if (await ReleaseAsync(due.Id, today, ct))
            {
                released++;
            }
        }

        return released;
    }

    /// <summary>
    /// Extends the active preservation of <paramref name="requestId"/> on a renewed request, by the terms' extension
    /// period, if the terms allow another (US: once for 90 days; e-Evidence: once for 30). Only a reviewer of the central
    /// function who did not take the request in may (the decision rules' person check); a refusal is ledgered.
    /// </summary>
    public async Task<Result<PreservationStatus>> ExtendAsync(string requestId, Actor actor, string? rationale, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        ArgumentNullException.ThrowIfNull(actor);
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return RequestErrors.NotFound(requestId);
        }

        var errors = new List<Error>();
        if (request.Scrutiny is null)
        {
            errors.Add(PreservationErrors.NoTerms("the request was never scrutinised"));
        }
        else
        {
            var context = new DecisionContext
            {
                RequestId = request.Id, Request = RequestJson.ReadStored(request.Payload), Status = request.Status, Informal = request.Informal,
                SubmittedBy = request.SubmittedBy, Scrutiny = RequestJson.ReadResult(request.Scrutiny),
            };
            errors.AddRange(DecisionRules.CheckDecider(context, actor));
        }

        if (errors.Count == 0 && string.IsNullOrWhiteSpace(rationale))
        {
            errors.Add(DecisionErrors.RationaleRequired);
        }

        var preservation = errors.Count > 0 ? null : await db.Preservations
            .Where(p => p.RequestId == requestId && p.State == PreservationState.Active)
            .OrderByDescending(p => p.StartedAt).FirstOrDefaultAsync(ct);
        if (errors.Count == 0 && preservation is null)
        {
            errors.Add(SnapshotErrors.NoActivePreservation(requestId));
        }

        var today = PreservationRows.Today(clock);
        PreservationPeriod? period = null;
        if (preservation is not null)
        {
            var extended = PreservationRules.Extend(PreservationRows.Period(preservation), today);
            if (extended.IsSuccess)
            {
                period = extended.Value;
            }
            else
            {
                errors.AddRange(extended.Errors);
            }
        }

        if (errors.Count > 0 || preservation is null || period is null)
        {
            return await RefuseAsync(request, actor, errors, ct);
        }

        preservation.Extensions = PreservationRows.Extensions(period);
        preservation.RowVersion++;
        events.Record(db, LedgerEventTypes.PreservationExtended, actor, RequestChanges.Subject(requestId), new
        {
            preservation = preservation.Id,
            on = today,
            expires = period.Expires,
            extensions = period.Extensions.Count,
            maxExtensions = period.Terms.MaxExtensions,
            extensionDays = period.Terms.ExtensionDays,
            source = period.Terms.Source,
            rationale = rationale!.Trim(),
        }, RequestChanges.References(request));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SnapshotErrors.Stale;
        }

        return PreservationRules.On(period, today);
    }

    private async Task<Result<PreservationStatus>> RefuseAsync(RequestRecord request, Actor actor, List<Error> errors, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var refusal = DecisionRefusal.Of(actor, DecisionAct.Preserve, errors);
        events.Record(db, LedgerEventTypes.DecisionActRefused, actor, RequestChanges.Subject(request.Id),
            new { act = refusal.Act, step = "extend", rules = refusal.Rules }, RequestChanges.References(request));
        await db.SaveChangesAsync(ct);
        return Result<PreservationStatus>.Failure(errors);
    }

    private async Task<bool> ReleaseAsync(string preservationId, DateOnly today, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var preservation = await db.Preservations.FirstOrDefaultAsync(p => p.Id == preservationId && p.State == PreservationState.Active, ct);
            var period = preservation is null ? null : PreservationRows.Period(preservation);
            if (preservation is null || PreservationRules.On(period!, today).State != PreservationState.Expired)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            var snapshots = await PreservationRows.SnapshotHashesAsync(db, preservationId, ct);
            var deleted = await db.PreservationSnapshots.Where(s => s.PreservationId == preservationId).ExecuteDeleteAsync(ct);
            preservation.State = PreservationState.Expired;
            preservation.EndedAt = clock.NowToTheMillisecond();
            preservation.RowVersion++;
            var request = await db.Requests.FirstAsync(r => r.Id == preservation.RequestId, ct);
            events.Record(db, LedgerEventTypes.PreservationReleased, Actor.System, RequestChanges.Subject(request.Id), new
            {
                preservation = preservation.Id,
                expired = period!.Expires,
                extensions = period.Extensions.Count,
                snapshotsDeleted = deleted,
                snapshots,
            }, RequestChanges.References(request));
            if (RequestLifecycle.Apply(request.Status, RequestTrigger.ReleasePreservation).IsSuccess)
            {
                var seq = await PreservationRows.NextSeqAsync(db, request.Id, ct);
                new RequestChanges(db, events, clock).Apply(
                    request, seq, RequestTrigger.ReleasePreservation, Actor.System,
                    string.Create(CultureInfo.InvariantCulture, $"The preservation expired on {period.Expires:yyyy-MM-dd} without formal process; its snapshot is deleted."), RequestChanges.References(request));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
