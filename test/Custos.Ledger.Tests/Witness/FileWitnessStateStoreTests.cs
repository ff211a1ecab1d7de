using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;

namespace Custos.Ledger.Tests.Witness;

public sealed class FileWitnessStateStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "custos-witness-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddCheckpoint_AfterWitnessRestart_StateSurvivesAndGrowthContinues()
    {
        using var key = NoteSignerKey.Generate("witness.test/w1", NoteKeyAlgorithm.CosignatureV1);
        using var log = new TestLog();
        WitnessedLog[] logs = [new(log.Origin, log.Key.VerifierKey)];
        await log.GrowAsync(12);
        using (var store = FileWitnessStateStore.Open(_directory).Value)
        using (var witness = new CheckpointWitness(key, logs, store))
        {
            Assert.True((await witness.AddCheckpointAsync(await log.RequestAsync(0))).IsCosigned);
        }

        await log.GrowAsync(8);
        using var reopened = FileWitnessStateStore.Open(_directory).Value;
        using var restarted = new CheckpointWitness(key, logs, reopened);
        var fromZero = await restarted.AddCheckpointAsync(await log.RequestAsync(0));
        var fromTwelve = await restarted.AddCheckpointAsync(await log.RequestAsync(12));

        Assert.Equal(AddCheckpointStatus.SizeConflict, fromZero.Status);
        Assert.Equal(12UL, fromZero.KnownSize);
        Assert.True(fromTwelve.IsCosigned, fromTwelve.ToString());
        Assert.Equal(20UL, (await reopened.ReadAsync(log.Origin, default))!.Size);
    }

    [Fact]
    public async Task WriteAsync_NewState_IsOwnerOnlyAndLeavesNoTemporaryFile()
    {
        using var store = FileWitnessStateStore.Open(_directory).Value;
        await store.WriteAsync("custos.test/ledger", new TreeHead(5, new byte[32]), default);
        await store.WriteAsync("custos.test/ledger", new TreeHead(6, Enumerable.Repeat((byte)7, 32).ToArray()), default);

        var read = await store.ReadAsync("custos.test/ledger", default);

        Assert.Equal(6UL, read!.Size);
        Assert.Equal(Enumerable.Repeat((byte)7, 32), read.RootHash);
        Assert.Null(await store.ReadAsync("custos.test/other", default));
        Assert.DoesNotContain(Directory.GetFiles(_directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.PathFor("custos.test/ledger")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
        }
    }

    [Fact]
    public async Task ReadAsync_CorruptOrForeignStateFile_ThrowsInsteadOfForgetting()
    {
        using var store = FileWitnessStateStore.Open(_directory).Value;
        await store.WriteAsync("a.test/log", new TreeHead(5, new byte[32]), default);
        var path = store.PathFor("a.test/log");
        await File.WriteAllTextAsync(path, "garbage\n");
        var corrupt = await Assert.ThrowsAsync<LedgerDataException>(async () => await store.ReadAsync("a.test/log", default));
        await File.WriteAllTextAsync(path, new Checkpoint("b.test/log", 5, new byte[32]).Format());
        var foreign = await Assert.ThrowsAsync<LedgerDataException>(async () => await store.ReadAsync("a.test/log", default));

        Assert.Equal("witness.state.corrupt", corrupt.Error.Code);
        Assert.Equal("witness.state.corrupt", foreign.Error.Code);
    }

    [Fact]
    public void Open_DirectoryAlreadyOpen_ReturnsLockedError()
    {
        using var first = FileWitnessStateStore.Open(_directory).Value;

        var second = FileWitnessStateStore.Open(_directory);

        Assert.Equal("witness.state.locked", second.Error.Code);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
