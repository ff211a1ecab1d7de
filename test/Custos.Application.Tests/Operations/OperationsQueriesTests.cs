using Custos.Application.Ledger;
using Custos.Application.Operations;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Outbox;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Operations;

/// <summary>The figures the metrics show, read from the database on both providers.</summary>
public class OperationsQueriesTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Snapshot_RequestsOfDifferentAges_CountsEachInItsBucketAndLeavesTerminalOnesOut(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var now = harness.Clock.Now;
        // Each bound is start-inclusive: a request exactly one day old is in 1-7d, exactly seven days old in 7-30d.
        (string Id, TimeSpan Age)[] received =
        [
            ("req-hour", TimeSpan.FromHours(1)), ("req-day", TimeSpan.FromDays(1)), ("req-six", TimeSpan.FromDays(6)),
            ("req-week", TimeSpan.FromDays(7)), ("req-29", TimeSpan.FromDays(29)), ("req-45", TimeSpan.FromDays(45)),
        ];
        await using (var db = harness.NewContext())
        {
            foreach (var (id, age) in received)
            {
                await TestRequests.AddAsync(db, id, now - age);
            }

            await TestRequests.AddAsync(db, "req-closed", now - TimeSpan.FromDays(2));
            await TestRequests.AddAsync(db, "req-review", now - TimeSpan.FromDays(3));
            await db.Requests.Where(r => r.Id == "req-closed").ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.Closed));
            await db.Requests.Where(r => r.Id == "req-review").ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.UnderReview));
        }

        var snapshot = await SnapshotAsync(harness);

        var expected = new Dictionary<(RequestStatus, QueueAge), long>
        {
            [(RequestStatus.Received, QueueAge.UnderOneDay)] = 1,
            [(RequestStatus.Received, QueueAge.OneToSevenDays)] = 2,
            [(RequestStatus.Received, QueueAge.SevenToThirtyDays)] = 2,
            [(RequestStatus.Received, QueueAge.OverThirtyDays)] = 1,
            [(RequestStatus.UnderReview, QueueAge.OneToSevenDays)] = 1,
        };
        foreach (var (key, count) in snapshot.OpenRequests)
        {
            Assert.Equal(expected.GetValueOrDefault(key), count);
        }

        Assert.All(expected.Keys, key => Assert.True(snapshot.OpenRequests.ContainsKey(key)));
        Assert.DoesNotContain(snapshot.OpenRequests.Keys, k => k.Status == RequestStatus.Closed);
        Assert.Equal(OperationsQueries.QueueStatuses.Count * QueueAges.All.Count, snapshot.OpenRequests.Count);
        // The SQL buckets agree with the rule in code.
        Assert.Equal([QueueAge.UnderOneDay, QueueAge.OneToSevenDays, QueueAge.OneToSevenDays, QueueAge.SevenToThirtyDays, QueueAge.SevenToThirtyDays, QueueAge.OverThirtyDays],
            received.Select(r => QueueAges.Of(now - r.Age, now)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Snapshot_EventsWaitingForTheIntegrator_CountAsUnsequencedWithTheOldestAsLagUntilPublished(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var first = harness.Clock.Now;
        await RecordAsync(harness, 3);
        harness.Clock.Advance(TimeSpan.FromSeconds(90));
        await RecordAsync(harness, 2);
        harness.Clock.Advance(TimeSpan.FromSeconds(5));

        var waiting = await SnapshotAsync(harness);
        await using (var integrator = harness.NewIntegrator())
        {
            Assert.False(integrator.HoldsLedger);
            Assert.False(integrator.Leadership.IsLeader);
            await integrator.IntegrateAsync();
            Assert.True(integrator.HoldsLedger);
            Assert.True(integrator.Leadership.IsLeader);
            Assert.Equal(1, integrator.CheckpointsPublished);
        }

        var published = await SnapshotAsync(harness);

        Assert.Equal(5, waiting.LedgerUnsequenced);
        Assert.Equal(5, waiting.LedgerUnpublished);
        Assert.Equal(harness.Clock.Now - first, waiting.LedgerLag);
        Assert.True(waiting.LedgerLag > TimeSpan.FromSeconds(95));
        Assert.Equal(0, waiting.LedgerPublishedSize);
        Assert.Equal(0, published.LedgerUnsequenced);
        Assert.Equal(0, published.LedgerUnpublished);
        Assert.Equal(TimeSpan.Zero, published.LedgerLag);
        Assert.Equal(5, published.LedgerPublishedSize);
        Assert.Equal(5, published.LedgerSequencedSize);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Snapshot_SequencedButNotPublished_CountsFromTheFirstEventPastTheCheckpoint(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await RecordAsync(harness, 2);
        await using (var integrator = harness.NewIntegrator())
        {
            await integrator.IntegrateAsync();
        }

        var firstWaiting = harness.Clock.Now;
        await RecordAsync(harness, 3);
        // As when the witnesses' quorum is not met: sequenced past the published checkpoint, not published.
        await using (var db = harness.NewContext())
        {
            var unsequenced = await db.LedgerEvents.Where(e => e.LeafIndex == null).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
            for (var i = 0; i < unsequenced.Count; i++)
            {
                var id = unsequenced[i];
                await db.LedgerEvents.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.LeafIndex, 2 + i));
            }

            await db.LedgerState.ExecuteUpdateAsync(u => u.SetProperty(s => s.SequencedSize, 5));
        }

        harness.Clock.Advance(TimeSpan.FromSeconds(70));

        var snapshot = await SnapshotAsync(harness);

        Assert.Equal(0, snapshot.LedgerUnsequenced);
        Assert.Equal(3, snapshot.LedgerUnpublished);
        Assert.Equal(2, snapshot.LedgerPublishedSize);
        Assert.Equal(harness.Clock.Now - firstWaiting, snapshot.LedgerLag);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Snapshot_OutboxAndLockouts_CountEachStateAndOnlyLockoutsThatHaveNotEnded(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var now = harness.Clock.Now;
        await using (var db = harness.NewContext())
        {
            await TestRequests.AddAsync(db, "req-notices", now - TimeSpan.FromDays(1));
            db.NoticeOutbox.AddRange(
                Notice("n-due", NoticeDeliveryStatus.Scheduled, now - TimeSpan.FromMinutes(1)),
                Notice("n-due-now", NoticeDeliveryStatus.Scheduled, now),
                Notice("n-gagged", NoticeDeliveryStatus.Scheduled, now + TimeSpan.FromDays(30)),
                Notice("n-sending", NoticeDeliveryStatus.Sending, now - TimeSpan.FromSeconds(5)),
                Notice("n-failed", NoticeDeliveryStatus.FailedRetrying, now + TimeSpan.FromMinutes(4)),
                Notice("n-failed-due", NoticeDeliveryStatus.FailedRetrying, now - TimeSpan.FromMinutes(4)),
                Notice("n-sent", NoticeDeliveryStatus.Sent, now - TimeSpan.FromHours(1)));
            db.StaffUsers.AddRange(Staff("s-locked", now + TimeSpan.FromMinutes(10)), Staff("s-ended", now), Staff("s-free", null));
            await db.SaveChangesAsync();
        }

        var snapshot = await SnapshotAsync(harness);

        Assert.Equal(2, snapshot.OutboxBacklog[OutboxState.Due]);
        Assert.Equal(1, snapshot.OutboxBacklog[OutboxState.Waiting]);
        Assert.Equal(1, snapshot.OutboxBacklog[OutboxState.Sending]);
        Assert.Equal(2, snapshot.OutboxBacklog[OutboxState.Failed]);
        Assert.Equal(1, snapshot.LockedStaff);
        Assert.Equal(0, snapshot.LockedOfficers);
    }

    private static async Task<OperationsSnapshot> SnapshotAsync(Harness harness)
    {
        await using var db = harness.NewContext();
        return await new OperationsQueries(db, harness.Clock).SnapshotAsync();
    }

    private static async Task RecordAsync(Harness harness, int count)
    {
        await using var db = harness.NewContext();
        for (var i = 0; i < count; i++)
        {
            harness.Events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, "config:test", new { value = i });
            await db.SaveChangesAsync();
            harness.Clock.Advance(TimeSpan.FromMilliseconds(3));
        }
    }

    private static NoticeOutboxRecord Notice(string id, NoticeDeliveryStatus status, DateTimeOffset next) => new()
    {
        Id = id,
        RequestId = "req-notices",
        CustomerAccountId = "C1",
        Recipient = "someone@example.org",
        Subject = "Notice",
        Body = "Body",
        NotBefore = next,
        QueuedAt = next,
        QueuedBy = "system",
        Status = status,
        NextAttemptAt = next,
    };

    private static StaffUserRecord Staff(string id, DateTimeOffset? lockedUntil) => new()
    {
        Id = id,
        Username = id,
        DisplayName = id,
        Region = "global",
        PasswordHash = "x",
        CreatedAt = DateTimeOffset.UnixEpoch,
        PasswordChangedAt = DateTimeOffset.UnixEpoch,
        LockedUntil = lockedUntil,
    };
}
