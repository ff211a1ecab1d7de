using Custos.Application.Requests.Targets;
using Custos.Domain.Decisions;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// Selects the data of a production: for each planned item, the records of every account the target reaches, of the
/// item's category, within the item's approved range, and nothing else. When the same agency preserved the same target
/// (type and normalised value) and category and that preservation is still active, the records come from its snapshot —
/// the data as it was when formal process was first announced, not as changed since — and the days of the item the
/// snapshot does not cover (a range wider than the preservation's) from the live store. Reads only, untracked; the
/// caller builds the package and converts the preservations drawn on (<see cref="ProductionDataSet.PreservationIds"/>).
/// </summary>
public sealed class ProductionData(CustosDbContext db, TargetResolver targets, TimeProvider clock)
{
    /// <summary>Loads the data of <paramref name="items"/> of request <paramref name="requestId"/>.</summary>
    /// <param name="requestId">The request produced for.</param>
    /// <param name="request">The request (its targets, in the order the items' indices refer to).</param>
    /// <param name="agencyId">The requesting agency; only its own preservations are drawn on (none when null).</param>
    /// <param name="items">The plan's items with their approved ranges.</param>
    /// <param name="ct">Cancels the reads.</param>
    public async Task<ProductionDataSet> LoadAsync(
        string requestId, DataRequest request, string? agencyId, IReadOnlyList<PlannedItem> items, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(items);
        var store = new StoreRecords(db);
        var today = PreservationRows.Today(clock);
        var reached = new Dictionary<int, IReadOnlyList<string>>();
        var loaded = new List<ProductionDataItem>(items.Count);
        foreach (var planned in items)
        {
            var (index, category) = (planned.Item.Target, planned.Item.Category);
            if (index < 0 || index >= request.Targets.Count)
            {
                throw new ArgumentException($"The plan names target {index}; the request has {request.Targets.Count}.", nameof(items));
            }

            var target = request.Targets[index];
            var range = DayBounds.Of(planned.Range);
            var snapshot = await ActiveSnapshotAsync(agencyId, target, category, today, ct);
            var parts = new List<SnapshotContent>(3);
            IReadOnlyList<ItemRange> liveRanges = [planned.Range];
            if (snapshot is not null)
            {
                parts.Add(snapshot.Value.Content.Within(range));
                liveRanges = IsEvent(category) ? snapshot.Value.Content.Bounds.Outside(planned.Range) : [];
            }

            if (liveRanges.Count > 0)
            {
                if (!reached.TryGetValue(index, out var accounts))
                {
                    accounts = await AccountsAsync(target, ct);
                    reached[index] = accounts;
                }

                foreach (var days in liveRanges)
                {
                    parts.Add(await store.ReadAsync(target, category, accounts, DayBounds.Of(days), ct));
                }
            }

            var content = SnapshotContent.Merge(parts);
            loaded.Add(new ProductionDataItem(
                new ProducedItemData(planned.Item, target, planned.Range, content.ToRecords()),
                [.. content.Accounts.Order(StringComparer.Ordinal)], snapshot?.PreservationId));
        }

        return new ProductionDataSet(requestId, loaded);
    }

    /// <summary>Sign-ins, transactions and holdings happen on a day; profiles and identity documents do not.</summary>
    private static bool IsEvent(DataCategory category) =>
        category is DataCategory.LoginIp or DataCategory.Transactions or DataCategory.Balances;

    private async Task<IReadOnlyList<string>> AccountsAsync(Target target, CancellationToken ct)
    {
        var accounts = new List<string>();
        await foreach (var account in targets.AccountsAsync(target, ct))
        {
            accounts.Add(account);
        }

        return accounts;
    }

    /// <summary>The newest snapshot of an active preservation for the agency, target and category; null when there is none.</summary>
    private async Task<(string PreservationId, SnapshotContent Content)?> ActiveSnapshotAsync(
        string? agencyId, Target target, DataCategory category, DateOnly today, CancellationToken ct)
    {
        var (key, _) = TargetValues.Normalise(target.Type, target.Value);
        if (agencyId is null || key is null)
        {
            return null;
        }

        var candidates = await (
            from s in db.PreservationSnapshots.AsNoTracking()
            join p in db.Preservations.AsNoTracking() on s.PreservationId equals p.Id
            where s.AgencyId == agencyId && s.TargetType == target.Type && s.TargetKey == key && s.Category == category
                && p.State == PreservationState.Active
            select new { s.PreservationId, s.Target, s.CapturedAt, Preservation = p }).ToListAsync(ct);
        var chosen = candidates
            .Where(c => PreservationRules.On(PreservationRows.Period(c.Preservation), today).State == PreservationState.Active)
            .OrderByDescending(c => c.CapturedAt).ThenBy(c => c.PreservationId, StringComparer.Ordinal).ThenBy(c => c.Target)
            .FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var stored = await db.PreservationSnapshots.AsNoTracking()
            .Where(s => s.PreservationId == chosen.PreservationId && s.Target == chosen.Target && s.Category == category)
            .Select(s => new { s.Content, s.Sha256 }).SingleAsync(ct);
        return (chosen.PreservationId, SnapshotContent.Open(stored.Content, stored.Sha256));
    }
}
