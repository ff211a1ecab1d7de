using System.Collections.Concurrent;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Ledger.Verification;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Application.Tests.Ledger;

/// <summary>
/// The append API's group commit (many callers, one transaction, plain SQL) and the integrator's set-based sequencing,
/// under concurrency, on both databases: every caller gets the id of its own row, every event gets exactly one leaf, in
/// commit order, and leaders that keep deposing each other never fork the log.
/// </summary>
public class LedgerAppenderTests
{
    [Theory, SqliteData, PostgresData]
    public async Task AppendAsync_ManyConcurrentCallers_EachGetsTheIdOfItsOwnCommittedRow(string provider)
    {
        await using var app = await App.CreateAsync(provider);
        var appender = app.Services.GetRequiredService<LedgerAppender>();

        var appends = Enumerable.Range(0, 400).Select(n => Task.Run(() =>
            appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff($"usr_{n % 7}"), $"staff:usr_{n % 7}", new { n }, [$"request:req_{n}"])));
        var ids = await Task.WhenAll(appends);

        Assert.Equal(400, ids.Distinct().Count());
        await using var db = app.Database.CreateContext();
        var rows = await db.LedgerEvents.AsNoTracking().ToDictionaryAsync(e => e.Id);
        Assert.Equal(400, rows.Count);
        for (var n = 0; n < ids.Length; n++)
        {
            var row = rows[ids[n]];
            Assert.Equal(n, JsonDocument.Parse(row.Details!).RootElement.GetProperty("n").GetInt32());
            Assert.Equal($"staff:usr_{n % 7}", row.Subject);
            Assert.Equal($"request:req_{n}", row.References);
            Assert.Equal(row.Commitment, Common.EventRecorder.Commit(row.Salt, row.Details!));
            Assert.Equal(row.Commitment, LedgerEntryFormat.Parse(row.Entry).Value.Commitment);
            Assert.Null(row.LeafIndex);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task AppendAsync_MalformedEvent_FailsAloneAndTheOthersCommit(string provider)
    {
        await using var app = await App.CreateAsync(provider);
        var appender = app.Services.GetRequiredService<LedgerAppender>();

        var good = Enumerable.Range(0, 20).Select(n => appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff("usr_a"), "staff:usr_a", new { n })).ToList();
        var bad = appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff("usr_a"), "staff:usr_a", new { }, ["two words"]);

        await Assert.ThrowsAsync<ArgumentException>(() => bad);
        Assert.Equal(20, (await Task.WhenAll(good)).Distinct().Count());
        await using var db = app.Database.CreateContext();
        Assert.Equal(20, await db.LedgerEvents.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_WhileWritersAppend_GivesEveryEventOneLeafInCommitOrderInSmallBatches(string provider)
    {
        // Batches of 16: the set-based sequencing runs many times and across its own batch limit.
        await using var app = await App.CreateAsync(provider, maxBatch: 16);
        var appender = app.Services.GetRequiredService<LedgerAppender>();
        await using var integrator = app.NewIntegrator(new AlwaysLeads());
        var heads = new ConcurrentQueue<long>();
        using var stop = new CancellationTokenSource();
        var integrating = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                heads.Enqueue((await integrator.IntegrateAsync())!.Size);
            }
        });

        var writers = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var ids = new List<long>();
            for (var i = 0; i < 40; i++)
            {
                ids.Add(await appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff($"usr_{w}"), $"staff:usr_{w}", new { w, i }));
            }

            return ids;
        })));
        await stop.CancelAsync();
        await integrating;
        var head = await integrator.IntegrateAsync();

        Assert.Equal(320, head!.Size);
        await using var db = app.Database.CreateContext();
        var leaves = await db.LedgerEvents.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.LeafIndex);
        Assert.Equal(Enumerable.Range(0, 320).Select(i => (long?)i), leaves.Values.Order());
        // Each writer appended one event after the other committed: its events are in the log in that order.
        Assert.All(writers, ids => Assert.Equal(ids.Select(id => leaves[id]).Order(), ids.Select(id => leaves[id])));
        Assert.Equal(heads.Order(), heads);
        var verified = await new LogVerifier(app.Tiles, app.Signer.VerifierKey).VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_SeveralLeadersOpeningAnEmptyDatabaseAtOnce_EachTakesATermAndNoneFails(string provider)
    {
        // Nodes started together on a new database all find no ledger state and create it; on PostgreSQL all but one
        // insert is refused. Each must then take the next term instead of failing.
        await using var app = await App.CreateAsync(provider);
        var integrators = Enumerable.Range(0, 6).Select(_ => app.NewIntegrator(new AlwaysLeads())).ToArray();
        try
        {
            using var start = new Barrier(integrators.Length);
            await Task.WhenAll(integrators.Select(integrator => Task.Run(async () =>
            {
                start.SignalAndWait();
                await integrator.IntegrateAsync();
            })));

            await using var db = app.Database.CreateContext();
            var state = await db.LedgerState.AsNoTracking().SingleAsync();
            Assert.Equal(integrators.Length, state.LeaderTerm);
            Assert.Equal(0, (await db.LedgerCheckpoints.AsNoTracking().SingleAsync()).Size);
        }
        finally
        {
            foreach (var integrator in integrators)
            {
                await integrator.DisposeAsync();
            }
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_TwoLeadersDeposingEachOtherWhileWritersAppend_NeverForkTheLog(string provider)
    {
        // Both believe they lead: each time one finds its term ended it opens the ledger again with a new term, deposing
        // the other. Only the term's fence keeps them apart.
        await using var app = await App.CreateAsync(provider, maxBatch: 32);
        var appender = app.Services.GetRequiredService<LedgerAppender>();
        await using var first = app.NewIntegrator(new AlwaysLeads());
        await using var second = app.NewIntegrator(new AlwaysLeads());
        var published = new ConcurrentQueue<(long Size, string Note)>();
        var refused = 0;
        using var stop = new CancellationTokenSource();
        var leaders = new[] { first, second }.Select(integrator => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await integrator.IntegrateAsync() is { } head)
                {
                    published.Enqueue((head.Size, head.CheckpointNote));
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff($"usr_{w}"), $"staff:usr_{w}", new { w, i });
            }
        })));
        await stop.CancelAsync();
        await Task.WhenAll(leaders);
        var final = await first.IntegrateAsync() ?? await first.IntegrateAsync();

        Assert.Equal(300, final!.Size);
        Assert.True(refused > 0, "the leaders never deposed each other: the test did not test fencing");
        await using var db = app.Database.CreateContext();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long?)i), (await db.LedgerEvents.Select(e => e.LeafIndex).ToListAsync()).Order());
        // Every checkpoint either leader published is of a prefix of the one final tree.
        var verifier = new LogVerifier(app.Tiles, app.Signer.VerifierKey);
        Assert.True((await verifier.VerifyLogAsync(final.CheckpointNote)).IsSuccess);
        foreach (var (size, note) in published.Where(p => p.Size > 0).DistinctBy(p => p.Size))
        {
            var checkpoint = await db.LedgerCheckpoints.AsNoTracking().SingleAsync(c => c.Size == size);
            Assert.Equal(checkpoint.Note, note);
            var root = await Custos.Ledger.Merkle.ProofBuilder.ComputeRootAsync(new Custos.Ledger.Tiles.TileHashSource(app.Tiles, (ulong)final.Size), (ulong)size);
            Assert.Equal(checkpoint.Root, root);
        }
    }

    /// <summary>The application's services on a fresh database, as <c>custos serve</c> builds them.</summary>
    private sealed class App : IAsyncDisposable
    {
        private readonly TestDatabase _database;

        private App(TestDatabase database, ServiceProvider services, LedgerOptions ledger)
        {
            _database = database;
            Services = services;
            Ledger = ledger;
        }

        public ServiceProvider Services { get; }

        public LedgerOptions Ledger { get; }

        public CustosDatabase Database => Services.GetRequiredService<CustosDatabase>();

        public LedgerSigner Signer => Services.GetRequiredService<LedgerSigner>();

        public Custos.Ledger.Tiles.ITileReader Tiles => LedgerTiles.StoreFor(Database, Ledger);

        public static async Task<App> CreateAsync(string provider, int maxBatch = 4096)
        {
            var database = await TestDatabase.CreateAsync(provider);
            var ledger = LedgerOptions.ForDataDirectory(TestEnvironment.NewTempDirectory("ledger"), "test.custos/ledger") with { MaxBatch = maxBatch };
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddCustosApplication(database.Settings, ledger);
            return new App(database, services.BuildServiceProvider(), ledger);
        }

        public LedgerIntegrator NewIntegrator(ILedgerLeadership leadership) =>
            new(Database, Ledger, Signer, TimeProvider.System, NullLogger<LedgerIntegrator>.Instance, leadership: leadership);

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    /// <summary>A node that always believes it leads (as one cut off from the election would).</summary>
    private sealed class AlwaysLeads : ILedgerLeadership
    {
        public bool IsLeader => true;

        public ValueTask<bool> TryLeadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
