using System.Text;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Ledger.Notes;
using Custos.Ledger.Verification;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Ledger;

public class LedgerIntegratorTests
{
    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_CommittedEvents_AreInASignedTreeThatAStandardVerifierAccepts(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await RecordAsync(harness, 300);
        await using var integrator = harness.NewIntegrator();

        var head = await integrator.IntegrateAsync();

        Assert.NotNull(head);
        Assert.Equal(300, head.Size);
        var verifier = new LogVerifier(harness.Tiles, harness.Signer.VerifierKey, "test.custos/ledger");
        var verified = await verifier.VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
        // On SQLite the folder holds the checkpoint beside its tiles; on PostgreSQL both are in the database only.
        var checkpointFile = Path.Combine(harness.Ledger.LedgerDirectory, "checkpoint");
        if (provider == "sqlite")
        {
            Assert.Equal(head.CheckpointNote, await File.ReadAllTextAsync(checkpointFile));
        }
        else
        {
            Assert.False(File.Exists(checkpointFile));
        }

        await using var db = harness.NewContext();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long?)i), await db.LedgerEvents.OrderBy(e => e.Id).Select(e => e.LeafIndex).ToListAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_Entries_HoldNoPersonalDataAndCommitToTheDetails(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using (var db = harness.NewContext())
        {
            await new StaffAccounts(db, harness.Events, harness.Clock).CreateAsync(
                new NewStaffMember("olga.smirnova", "Olga Smirnova", "olga@example.org", "cis", [StaffRole.IntakeAnalyst], "a long enough password"), Actor.CommandLine);
        }

        await using var integrator = harness.NewIntegrator();
        await integrator.IntegrateAsync();

        var bundle = await harness.Tiles.ReadAsync("tile/entries/000.p/1", default);
        Assert.NotNull(bundle);
        var text = Encoding.UTF8.GetString(bundle);
        Assert.DoesNotContain("olga", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("usr_", text, StringComparison.Ordinal);
        await using var check = harness.NewContext();
        var record = await check.LedgerEvents.SingleAsync();
        Assert.Equal(record.Commitment, EventRecorder.Commit(record.Salt, record.Details!));
        var entry = LedgerEntryFormat.Parse(record.Entry).Value;
        Assert.Equal(LedgerEventTypes.StaffUserCreated.Id, entry.TypeId);
        Assert.Equal(harness.Identity.Opaque("cli"), entry.Actor);
        Assert.Equal(record.Commitment, entry.Commitment);
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntegrateAsync_AfterACrashBetweenSequencingAndTiles_RebuildsTheTilesFromTheDatabase(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await RecordAsync(harness, 40);
        await using (var first = harness.NewIntegrator())
        {
            await first.IntegrateAsync();
        }

        // A round that sequenced 30 more events and died before writing tiles or publishing.
        await RecordAsync(harness, 30);
        await using (var db = harness.NewContext())
        {
            var pending = await db.LedgerEvents.Where(e => e.LeafIndex == null).OrderBy(e => e.Id).ToListAsync();
            for (var i = 0; i < pending.Count; i++)
            {
                pending[i].LeafIndex = 40 + i;
            }

            (await db.LedgerState.SingleAsync()).SequencedSize = 70;
            await db.SaveChangesAsync();
        }

        await RecordAsync(harness, 5);
        await using var second = harness.NewIntegrator();
        var head = await second.IntegrateAsync();

        Assert.Equal(75, head!.Size);
        var verified = await new LogVerifier(harness.Tiles, harness.Signer.VerifierKey).VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
    }

    [Theory, SqliteData]
    public async Task IntegrateAsync_RolledBackChange_LeavesNoEvent(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using (var db = harness.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            harness.Events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, "config:test", new { value = 1 });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var integrator = harness.NewIntegrator();
        var head = await integrator.IntegrateAsync();

        Assert.Equal(0, head!.Size);
    }

    [Theory, SqliteData]
    public async Task IntegrateAsync_SecondIntegratorOnTheSameFolder_StandsAside(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var first = harness.NewIntegrator();
        await using var second = harness.NewIntegrator();

        Assert.NotNull(await first.IntegrateAsync());
        Assert.Null(await second.IntegrateAsync());
    }

    [Theory, SqliteData]
    public async Task Timeline_PublishedEvents_AreReadBackFromTheTilesAndVerified(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await RecordAsync(harness, 10, subject: i => i % 2 == 0 ? "staff:usr_even" : "staff:usr_odd");
        await using var integrator = harness.NewIntegrator();
        await integrator.IntegrateAsync();
        await RecordAsync(harness, 1, subject: _ => "staff:usr_even");
        await using var db = harness.NewContext();
        var reader = new LedgerReader(db, harness.Ledger, harness.Signer);

        var timeline = await reader.TimelineAsync("staff:usr_even");

        Assert.Equal(6, timeline.Count);
        Assert.Equal(TimelineStatus.Pending, timeline[0].Status);
        Assert.All(timeline.Skip(1), t => Assert.Equal(TimelineStatus.Verified, t.Status));

        // Tamper with the first entry (leaf 0, an even one) in the published bundle: that event no longer verifies.
        var path = Path.Combine(harness.Ledger.LedgerDirectory, "tile", "entries", "000.p", "10");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[7] ^= 1;
        await File.WriteAllBytesAsync(path, bytes);
        var tampered = await reader.TimelineAsync("staff:usr_even");
        Assert.Equal(TimelineStatus.Mismatch, Assert.Single(tampered, t => t.LeafIndex == 0).Status);
        Assert.Equal(TimelineStatus.Verified, Assert.Single(tampered, t => t.LeafIndex == 2).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Timeline_Reference_MatchesWholeReferencesOnlyNeverAPrefixOrAWildcard(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using (var db = harness.NewContext())
        {
            foreach (var references in new[] { new[] { "customer:C1" }, ["customer:C10"], ["customer:CX1", "request:req_1"], ["request:req_1", "customer:C1"] })
            {
                harness.Events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, "config:test", new { }, references);
                await db.SaveChangesAsync();
            }
        }

        await using var reader = harness.NewContext();
        var timeline = new LedgerReader(reader, harness.Ledger, harness.Signer);

        Assert.Equal(2, (await timeline.TimelineAsync("customer:C1")).Count);
        Assert.Equal(2, (await timeline.TimelineAsync("request:req_1")).Count);
        Assert.Empty(await timeline.TimelineAsync("customer:C_"));
        Assert.Empty(await timeline.TimelineAsync("customer:C%"));
    }

    [Theory, SqliteData]
    public async Task Open_DatabaseOfAnotherOrigin_IsRefusedClearly(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using (var integrator = harness.NewIntegrator())
        {
            await integrator.IntegrateAsync();
        }

        var otherOptions = harness.Ledger with { Origin = "other.custos/ledger", KeysDirectory = TestEnvironment.NewTempDirectory("keys") };
        using var otherSigner = LedgerSigner.LoadOrCreate(otherOptions);
        await using var other = new LedgerIntegrator(harness.Database.Database, otherOptions, otherSigner, harness.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<LedgerIntegrator>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => other.IntegrateAsync());
        Assert.Contains("origin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LedgerSigner_KeyFile_IsOwnerOnlyAndStable()
    {
        var options = LedgerOptions.ForDataDirectory(TestEnvironment.NewTempDirectory("keys"), "test.custos/ledger");
        using var first = LedgerSigner.LoadOrCreate(options);
        using var second = LedgerSigner.LoadOrCreate(options);

        Assert.Equal(first.VerifierKey.Format(), second.VerifierKey.Format());
        Assert.StartsWith("test.custos/ledger+", first.VerifierKey.Format(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path.Combine(options.KeysDirectory, LedgerSigner.FileName));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }
    }

    private static async Task RecordAsync(Harness harness, int count, Func<int, string>? subject = null)
    {
        await using var db = harness.NewContext();
        for (var i = 0; i < count; i++)
        {
            harness.Events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, subject?.Invoke(i) ?? "config:test", new { value = i });
            await db.SaveChangesAsync();
            harness.Clock.Advance(TimeSpan.FromMilliseconds(3));
        }
    }
}
