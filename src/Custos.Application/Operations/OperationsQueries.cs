using Custos.Application.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Outbox;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Operations;

/// <summary>
/// Reads an <see cref="OperationsSnapshot"/>: a handful of small aggregate queries, each served by an index (requests by
/// status, the unsequenced events, the outbox by status and due time, accounts by lockout end). Called at most once per
/// <see cref="OperationsSnapshotCache.MaxAge"/>, never per scrape or per instrument.
/// </summary>
public sealed class OperationsQueries(CustosDbContext db, TimeProvider clock)
{
    private static readonly RequestStatus[] OpenStatuses = [.. Enum.GetValues<RequestStatus>().Where(s => !RequestLifecycle.IsTerminal(s))];

    /// <summary>The statuses the requests metric reports: every status a request can still move on from.</summary>
    public static IReadOnlyList<RequestStatus> QueueStatuses => OpenStatuses;

    public async Task<OperationsSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.NowToTheMillisecond();
        var requests = await OpenRequestsAsync(now, cancellationToken);

        var state = await db.LedgerState.AsNoTracking().Select(s => new { s.PublishedSize, s.SequencedSize }).SingleOrDefaultAsync(cancellationToken);
        var published = state?.PublishedSize ?? 0;
        var sequenced = state?.SequencedSize ?? 0;
        var unsequenced = await db.LedgerEvents.LongCountAsync(e => e.LeafIndex == null, cancellationToken);
        // The oldest event the published checkpoint does not cover: the first sequenced past it, else the first unsequenced.
        var oldest = sequenced > published
            ? await db.LedgerEvents.AsNoTracking().Where(e => e.LeafIndex == published).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (oldest is null && unsequenced > 0)
        {
            oldest = await db.LedgerEvents.AsNoTracking().Where(e => e.LeafIndex == null).OrderBy(e => e.Id)
                .Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        }

        var outbox = await db.NoticeOutbox.AsNoTracking()
            .Where(o => o.Status != NoticeDeliveryStatus.Sent)
            .GroupBy(o => new { o.Status, Due = o.NextAttemptAt <= now })
            .Select(g => new { g.Key.Status, g.Key.Due, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var backlog = OutboxStates.All.ToDictionary(s => s, _ => 0L);
        foreach (var group in outbox)
        {
            backlog[StateOf(group.Status, group.Due)] += group.Count;
        }

        return new OperationsSnapshot
        {
            TakenAt = now,
            OpenRequests = requests,
            LedgerUnsequenced = unsequenced,
            LedgerUnpublished = unsequenced + Math.Max(0, sequenced - published),
            LedgerLag = oldest is { } at && now > at ? now - at : TimeSpan.Zero,
            LedgerPublishedSize = published,
            LedgerSequencedSize = sequenced,
            OutboxBacklog = backlog,
            LockedStaff = await db.StaffUsers.LongCountAsync(u => u.LockedUntil > now, cancellationToken),
            LockedOfficers = await db.Officers.LongCountAsync(o => o.LockedUntil > now, cancellationToken),
        };
    }

    /// <summary>Open requests counted by status and age bucket in one grouped query (the buckets computed in SQL from the receipt time).</summary>
    private async Task<Dictionary<(RequestStatus, QueueAge), long>> OpenRequestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oneDay = now - QueueAges.OneDay;
        var sevenDays = now - QueueAges.SevenDays;
        var thirtyDays = now - QueueAges.ThirtyDays;
        var rows = await db.Requests.AsNoTracking()
            .Where(r => OpenStatuses.Contains(r.Status))
            .GroupBy(r => new
            {
                r.Status,
                Age = r.ReceivedAt > oneDay ? QueueAge.UnderOneDay
                    : r.ReceivedAt > sevenDays ? QueueAge.OneToSevenDays
                    : r.ReceivedAt > thirtyDays ? QueueAge.SevenToThirtyDays
                    : QueueAge.OverThirtyDays,
            })
            .Select(g => new { g.Key.Status, g.Key.Age, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var counts = new Dictionary<(RequestStatus, QueueAge), long>();
        foreach (var status in OpenStatuses)
        {
            foreach (var age in QueueAges.All)
            {
                counts[(status, age)] = 0;
            }
        }

        foreach (var row in rows)
        {
            counts[(row.Status, row.Age)] += row.Count;
        }

        return counts;
    }

    private static OutboxState StateOf(NoticeDeliveryStatus status, bool due) => status switch
    {
        NoticeDeliveryStatus.Sending => OutboxState.Sending,
        NoticeDeliveryStatus.FailedRetrying => OutboxState.Failed,
        _ => due ? OutboxState.Due : OutboxState.Waiting,
    };
}
