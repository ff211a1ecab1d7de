using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Application.Requests.Targets;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// The frozen copies a preservation keeps (PRODUCT.md flow 8): taken when it starts, one per target × category, so that a
/// later import of customer data does not change them; converted when formal process arrives and a production draws on
/// them. Both steps only stage their rows and events on the caller's unit of work: the caller saves them together with
/// the preservation (or the production) in one transaction.
/// </summary>
public sealed class PreservationSnapshots(CustosDbContext db, TargetResolver targets, EventRecorder events, TimeProvider clock)
{
    /// <summary>
    /// Stages the snapshots of preservation <paramref name="preservationId"/> (staged or saved) of request
    /// <paramref name="requestId"/>: for every target and every category the request names, every record of the accounts
    /// the target reaches (within the request's date range when it has one), serialised and hashed. Returns what was frozen,
    /// with the hashes, for the caller's <c>preservation.started</c> event.
    /// </summary>
    public async Task<Result<IReadOnlyList<SnapshotTaken>>> CaptureAsync(
        string preservationId, string requestId, DataRequest request, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(preservationId);
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        ArgumentNullException.ThrowIfNull(request);
        var owner = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => new { r.AgencyId }).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return RequestErrors.NotFound(requestId);
        }

        var store = new StoreRecords(db);
        var days = DayBounds.Of(request.DateRange);
        var now = clock.NowToTheMillisecond();
        var taken = new List<SnapshotTaken>();
        for (var index = 0; index < request.Targets.Count; index++)
        {
            var target = request.Targets[index];
            var (key, _) = TargetValues.Normalise(target.Type, target.Value);
            var accounts = new List<string>();
            await foreach (var account in targets.AccountsAsync(target, ct))
            {
                accounts.Add(account);
            }

            foreach (var category in request.DataCategories.Distinct())
            {
                var content = await store.ReadAsync(target, category, accounts, days, ct);
                var (stored, sha256) = content.Seal();
                db.PreservationSnapshots.Add(new PreservationSnapshotRecord
                {
                    PreservationId = preservationId, Target = index, Category = category, AgencyId = owner.AgencyId, TargetType = target.Type,
                    TargetKey = key, RangeFrom = days.From, RangeTo = days.To, Accounts = accounts.Count, Records = content.Records,
                    Content = stored, Sha256 = sha256, CapturedAt = now,
                });
                taken.Add(new SnapshotTaken(index, category, sha256, accounts.Count, content.Records) { AccountIds = accounts });
            }
        }

        return taken;
    }

    /// <summary>
    /// Formal process arrived for the data of <paramref name="preservationIds"/> (from
    /// <see cref="ProductionDataSet.PreservationIds"/>): stages each preservation as converted, its
    /// <c>preservation.converted</c> event (with the snapshots' hashes) and, where the preserved request's lifecycle allows,
    /// its <c>convert-preservation</c> transition. Nothing is saved; the caller saves with the production. A preservation
    /// already converted is left as it is; one that has expired cannot be converted.
    /// </summary>
    /// <returns>The ids of the preservations converted now.</returns>
    public async Task<Result<IReadOnlyList<string>>> StageConversionAsync(
        IReadOnlyList<string> preservationIds, string productionRequestId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preservationIds);
        ArgumentException.ThrowIfNullOrEmpty(productionRequestId);
        ArgumentNullException.ThrowIfNull(actor);
        var today = PreservationRows.Today(clock);
        var converted = new List<string>();
        foreach (var id in preservationIds.Distinct(StringComparer.Ordinal))
        {
            var preservation = await db.Preservations.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (preservation is null)
            {
                return SnapshotErrors.PreservationUnknown(id);
            }

            if (preservation.State == PreservationState.Converted)
            {
                continue;
            }

            var period = PreservationRows.Period(preservation);
            var status = PreservationRules.On(period, today, formalProcessOn: today);
            if (preservation.State != PreservationState.Active || status.State != PreservationState.Converted)
            {
                return PreservationErrors.Expired(period.Expires);
            }

            preservation.State = PreservationState.Converted;
            preservation.EndedAt = clock.NowToTheMillisecond();
            preservation.RowVersion++;
            var request = await db.Requests.FirstAsync(r => r.Id == preservation.RequestId, ct);
            var references = RequestChanges.References(request).Append("request:" + productionRequestId).ToArray();
            events.Record(db, LedgerEventTypes.PreservationConverted, actor, RequestChanges.Subject(preservation.RequestId), new
            {
                preservation = preservation.Id,
                productionRequest = productionRequestId,
                expires = period.Expires,
                snapshots = await PreservationRows.SnapshotHashesAsync(db, preservation.Id, ct),
            }, references);
            if (RequestLifecycle.Apply(request.Status, RequestTrigger.ConvertPreservation).IsSuccess)
            {
                var seq = await PreservationRows.NextSeqAsync(db, request.Id, ct);
                new RequestChanges(db, events, clock).Apply(
                    request, seq, RequestTrigger.ConvertPreservation, actor, $"Formal process arrived: request {productionRequestId}.", RequestChanges.References(request));
            }

            converted.Add(preservation.Id);
        }

        return converted;
    }
}
