using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;

namespace Custos.Ledger.Tests.Verification;

public sealed class OfflineVerifierTests : IDisposable
{
    private readonly NoteSignerKey _key = NoteSignerKey.Generate(TestLog.Origin);
    private readonly string _directory = TestLog.NewDirectory();

    public void Dispose()
    {
        _key.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task VerifyAsync_HonestDirectory_VerifiesEveryResourceAndReturnsTheState()
    {
        var store = new MemoryTileStore();
        var head = await TestLog.AppendAsync(store, _key, 0, 0, 70_000);
        await TestLog.CopyToDirectoryAsync(store, _directory);
        var reports = new List<LogVerificationProgress>();

        var result = await Verifier().VerifyAsync(null, new SynchronousProgress<LogVerificationProgress>(reports.Add));

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(70_000UL, result.Value.State.Size);
        Assert.Equal(head.RootHash, result.Value.State.RootHash);
        Assert.True(result.Value.State.IsFor(_key.VerifierKey));
        Assert.Null(result.Value.Previous);
        var expectedReads = TileLayout.HashTiles(70_000).Count() + TileLayout.EntryBundles(70_000).Count();
        Assert.Equal(expectedReads, result.Value.ResourcesRead);
        Assert.Equal(70_000UL, reports[^1].EntriesVerified);
    }

    [Theory]
    [InlineData("tile/entries/017", "log.entry-mismatch")]
    [InlineData("tile/entries/273.p/112", "log.entry-mismatch")]
    [InlineData("tile/0/005", "log.tile-mismatch")]
    [InlineData("tile/0/200", "log.tile-mismatch")]
    [InlineData("tile/1/000", "log.tile-mismatch")]
    public async Task VerifyAsync_TamperedFileInDirectory_NamesItsPath(string path, string code)
    {
        var store = new MemoryTileStore();
        await TestLog.AppendAsync(store, _key, 0, 0, 70_000);
        await TestLog.CopyToDirectoryAsync(store, _directory);
        var file = Path.Combine(_directory, path);
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        var result = await Verifier().VerifyAsync(null);

        Assert.False(result.IsSuccess);
        Assert.Equal((code, path), (result.Error.Code, result.Error.Path));
    }

    [Fact]
    public async Task VerifyAsync_SeveralBadResourcesReadAhead_ReportsTheFirstInLogOrder()
    {
        var store = new MemoryTileStore();
        await TestLog.AppendAsync(store, _key, 0, 0, 20_000);
        var reader = new TamperingReader(store);
        foreach (var path in new[] { "tile/entries/009", "tile/entries/003", "tile/0/012" })
        {
            var bytes = (byte[])(await store.ReadAsync(path, default))!.Clone();
            bytes[^1] ^= 0x01;
            reader.Overrides[path] = bytes;
        }

        for (var run = 0; run < 5; run++)
        {
            var result = await new OfflineVerifier(reader, _key.VerifierKey).VerifyAsync(null);
            Assert.Equal(("log.entry-mismatch", "tile/entries/003"), (result.Error.Code, result.Error.Path));
        }
    }

    [Fact]
    public async Task VerifyAsync_DeletedBundle_ReportsItMissingByPath()
    {
        await TestLog.AppendAsync(new FileSystemTileStore(_directory), _key, 0, 0, 3000);
        File.Delete(Path.Combine(_directory, "tile", "entries", "004"));

        var result = await Verifier().VerifyAsync(null);

        Assert.Equal(("tile.missing", "tile/entries/004"), (result.Error.Code, result.Error.Path));
    }

    [Fact]
    public async Task VerifyAsync_LogGrewSinceTheLastRun_IsProvedConsistent()
    {
        var store = new FileSystemTileStore(_directory);
        var first = await TestLog.AppendAsync(store, _key, 0, 0, 5000);
        var state = (await Verifier().VerifyAsync(null)).Value.State;
        await TestLog.AppendAsync(store, _key, first.Size, 5000, 5777);

        var result = await Verifier().VerifyAsync(state);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(5777UL, result.Value.State.Size);
        Assert.Equal(5000UL, result.Value.Previous!.Size);
    }

    [Theory]
    [InlineData(6000, "log.consistency.rewritten")]
    [InlineData(5000, "log.consistency.rewritten")]
    [InlineData(4000, "log.consistency.shrunk")]
    public async Task VerifyAsync_HistoryRewrittenAfterASuccessfulRun_IsDetectedThroughTheStateFile(int newSize, string code)
    {
        await TestLog.AppendAsync(new FileSystemTileStore(_directory), _key, 0, 0, 5000);
        var statePath = Path.Combine(_directory + "-state", "log.state");
        await (await Verifier().VerifyAsync(null)).Value.State.SaveAsync(statePath);

        // The operator rebuilds the log with different entries and signs it with the same key: every tile is
        // self-consistent with the new checkpoint, but the tree is not an extension of the one verified before.
        Directory.Delete(_directory, recursive: true);
        await TestLog.AppendAsync(new FileSystemTileStore(_directory), _key, 0, 0, newSize, prefix: "forged");
        var previous = (await VerifierState.LoadAsync(statePath)).Value;

        var result = await Verifier().VerifyAsync(previous);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.True((await new OfflineVerifier(Reader(), _key.VerifierKey).VerifyAsync(null)).IsSuccess, "the forged log is valid on its own");
        Directory.Delete(_directory + "-state", recursive: true);
    }

    [Fact]
    public async Task VerifyAsync_StateOfAnotherLogOrKey_FailsNamingTheMismatch()
    {
        await TestLog.AppendAsync(new FileSystemTileStore(_directory), _key, 0, 0, 300);
        var root = new byte[32];
        var otherLog = new VerifierState("elsewhere.example/log", _key.Name, _key.KeyId, 10, root);
        var otherKey = new VerifierState(TestLog.Origin, _key.Name, _key.KeyId ^ 1, 10, root);

        var wrongLog = await Verifier().VerifyAsync(otherLog);
        var wrongKey = await Verifier().VerifyAsync(otherKey);

        Assert.Equal("state.other-log", wrongLog.Error.Code);
        Assert.Contains("elsewhere.example/log", wrongLog.Error.Message, StringComparison.Ordinal);
        Assert.Equal("state.other-key", wrongKey.Error.Code);
    }

    [Fact]
    public async Task VerifyAsync_NoCheckpointWrongKeyOrWrongOrigin_FailsClearly()
    {
        var store = new FileSystemTileStore(_directory);
        var missing = await Verifier().VerifyAsync(null);
        await TestLog.AppendAsync(store, _key, 0, 0, 10);
        using var other = NoteSignerKey.Generate(TestLog.Origin);

        var wrongKey = await new OfflineVerifier(Reader(), other.VerifierKey).VerifyAsync(null);
        var wrongOrigin = await new OfflineVerifier(Reader(), _key.VerifierKey, "elsewhere.example").VerifyAsync(null);

        Assert.Equal(("checkpoint.missing", "checkpoint"), (missing.Error.Code, missing.Error.Path));
        Assert.Equal("note.unverified", wrongKey.Error.Code);
        Assert.Equal("checkpoint.origin", wrongOrigin.Error.Code);
    }

    [Fact]
    public async Task VerifyAsync_ServerAnswersPartialRequestsWithFullTiles_UsesTheirPrefix()
    {
        var store = new MemoryTileStore();
        var head = await TestLog.AppendAsync(store, _key, 0, 0, 300);
        var checkpoint = await store.ReadAsync("checkpoint", default);
        await TestLog.AppendAsync(store, _key, head.Size, 300, 600);
        await store.WriteAsync("checkpoint", checkpoint, default);
        var reader = new FullTileReader(store);

        var result = await new OfflineVerifier(reader, _key.VerifierKey).VerifyAsync(null);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(300UL, result.Value.State.Size);
        Assert.Contains("tile/0/001.p/44", reader.Requested);
        Assert.Contains("tile/entries/001.p/44", reader.Requested);
    }

    private DirectoryTileReader Reader() => new(_directory);

    private OfflineVerifier Verifier() => new(Reader(), _key.VerifierKey, TestLog.Origin);

    /// <summary>Answers every partial tile or bundle request with the full one when it exists, as tlog-tiles allows.</summary>
    private sealed class FullTileReader(ITileReader inner) : ITileReader
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Requested { get; } = [];

        public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
        {
            Requested.Add(path);
            var partial = path.IndexOf(".p/", StringComparison.Ordinal);
            return partial > 0 && await inner.ReadAsync(path[..partial], cancellationToken) is { } full
                ? full
                : await inner.ReadAsync(path, cancellationToken);
        }
    }
}
