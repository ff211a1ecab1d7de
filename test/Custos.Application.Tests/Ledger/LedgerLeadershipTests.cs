using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Ledger.Verification;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Custos.Application.Tests.Ledger;

/// <summary>
/// Several nodes on one PostgreSQL database: one leader through the advisory lock, a new one when its session ends,
/// and a leader that has been replaced without noticing can neither sequence nor publish (the term fence).
/// </summary>
public class LedgerLeadershipTests
{
    [Theory, PostgresData]
    public async Task TryLeadAsync_TwoNodes_OnlyOneLeadsUntilItsSessionEnds(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var first = NewLeadership(harness);
        await using var second = NewLeadership(harness);

        Assert.True(await first.TryLeadAsync(default));
        Assert.False(await second.TryLeadAsync(default));
        Assert.True(await first.TryLeadAsync(default));

        // The first node's session is cut by the server (as when its machine or network dies and keepalives fail).
        await TerminateLeadershipSessionsAsync(harness);

        Assert.False(await first.TryLeadAsync(default));
        // The server releases the lock once the terminated backend has exited, a moment after pg_terminate_backend answers.
        Assert.True(await EventuallyAsync(() => second.TryLeadAsync(default).AsTask()));
        Assert.False(await first.TryLeadAsync(default));
    }

    [Theory, PostgresData]
    public async Task IntegrateAsync_LeaderDies_FollowerTakesOverAndTheLogStaysOneVerifiableHistory(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var firstLeadership = NewLeadership(harness);
        await using var secondLeadership = NewLeadership(harness);
        await using var first = harness.NewIntegrator(firstLeadership);
        await using var second = harness.NewIntegrator(secondLeadership);

        await RecordAsync(harness, 20);
        Assert.Equal(20, (await first.IntegrateAsync())!.Size);
        Assert.Null(await second.IntegrateAsync());

        await RecordAsync(harness, 15);
        await firstLeadership.DisposeAsync();
        // Closing the connection ends the session, and with it the lock, once the server has processed it: the follower
        // takes over on one of its next rounds, as a node polling every second would.
        LedgerHead? head = null;
        await EventuallyAsync(async () => (head = await second.IntegrateAsync()) is not null);

        Assert.NotNull(head);
        Assert.Equal(35, head.Size);
        var verified = await new LogVerifier(harness.Tiles, harness.Signer.VerifierKey).VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
        await using var db = harness.NewContext();
        Assert.Equal(2, (await db.LedgerState.SingleAsync()).LeaderTerm);
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_ReplacedLeaderThatStillBelievesItLeads_NeitherSequencesNorPublishes(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        // A node cut off from the election keeps believing it leads; the other was elected meanwhile.
        await using var stale = harness.NewIntegrator(new BelievesItLeads());
        await using var elected = harness.NewIntegrator(new BelievesItLeads());
        await RecordAsync(harness, 5);
        Assert.Equal(5, (await stale.IntegrateAsync())!.Size);
        Assert.Equal(5, (await elected.IntegrateAsync())!.Size);

        await RecordAsync(harness, 7);
        Assert.Null(await stale.IntegrateAsync());

        await using (var db = harness.NewContext())
        {
            Assert.Equal(7, await db.LedgerEvents.CountAsync(e => e.LeafIndex == null));
            Assert.Equal(5, (await db.LedgerState.SingleAsync()).PublishedSize);
        }

        var head = await elected.IntegrateAsync();
        Assert.Equal(12, head!.Size);
        var verified = await new LogVerifier(harness.Tiles, harness.Signer.VerifierKey).VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
    }

    [Theory, SqliteData, PostgresData]
    public async Task PrepareAsync_NodeThatDoesNotLead_WritesNothingAndLeavesTheTermAlone(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var standby = harness.NewIntegrator(new BelievesItLeads());
        await standby.PrepareAsync();
        await using (var db = harness.NewContext())
        {
            Assert.False(await db.LedgerState.AnyAsync());
        }

        await RecordAsync(harness, 3);
        await using var leader = harness.NewIntegrator(new BelievesItLeads());
        Assert.Equal(3, (await leader.IntegrateAsync())!.Size);
        await standby.PrepareAsync();

        Assert.False(standby.HoldsLedger);
        await using var check = harness.NewContext();
        var state = await check.LedgerState.SingleAsync();
        Assert.Equal((1L, 3L), (state.LeaderTerm, state.PublishedSize));
        await RecordAsync(harness, 2);
        Assert.Equal(5, (await leader.IntegrateAsync())!.Size);
    }

    /// <summary>Tries <paramref name="condition"/> every 50 ms for up to 10 s; whether it held.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(50))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }

    private static PostgresAdvisoryLeadership NewLeadership(Harness harness) =>
        new(harness.Database.Database, NullLogger<PostgresAdvisoryLeadership>.Instance);

    private static async Task TerminateLeadershipSessionsAsync(Harness harness)
    {
        await using var connection = new NpgsqlConnection(harness.Database.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid::bigint = @class AND objid::bigint = @object";
        command.Parameters.AddWithValue("class", PostgresAdvisoryLeadership.LockClass);
        command.Parameters.AddWithValue("object", PostgresAdvisoryLeadership.LockObject);
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    private static async Task RecordAsync(Harness harness, int count)
    {
        await using var db = harness.NewContext();
        for (var i = 0; i < count; i++)
        {
            harness.Events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, "config:test", new { value = i });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A node's view of the election when it cannot see that it has been replaced: it always believes it leads.</summary>
    private sealed class BelievesItLeads : ILedgerLeadership
    {
        public bool IsLeader => true;

        public ValueTask<bool> TryLeadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
