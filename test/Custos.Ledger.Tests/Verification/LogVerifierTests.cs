using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;

namespace Custos.Ledger.Tests.Verification;

public sealed class LogVerifierTests : IDisposable
{
    private const string Origin = "custos.example/ledger";
    private readonly NoteSignerKey _key = NoteSignerKey.Generate(Origin);

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task VerifyLogAsync_HonestLog_VerifiesEveryEntryWithProgress()
    {
        var (store, note, _) = await BuildLogAsync(70_000);
        var reports = new List<LogVerificationProgress>();
        var result = await new LogVerifier(store, _key.VerifierKey, Origin).VerifyLogAsync(note, new SynchronousProgress<LogVerificationProgress>(reports.Add));
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(70_000UL, result.Value.Size);
        Assert.Equal(70_000UL, reports[^1].EntriesVerified);
    }

    [Theory]
    [InlineData("tile/entries/017", "log.entry-mismatch")]
    [InlineData("tile/entries/273.p/112", "log.entry-mismatch")]
    [InlineData("tile/0/005", "log.tile-mismatch")]
    [InlineData("tile/1/000", "log.tile-mismatch")]
    [InlineData("tile/0/273.p/112", "log.root-mismatch")]
    public async Task VerifyLogAsync_TamperedResource_NamesThePath(string path, string code)
    {
        var (store, note, _) = await BuildLogAsync(70_000);
        var reader = new TamperingReader(store);
        var original = (await store.ReadAsync(path, default))!;
        var tampered = (byte[])original.Clone();
        tampered[^1] ^= 0x01;
        reader.Overrides[path] = tampered;
        var result = await new LogVerifier(reader, _key.VerifierKey).VerifyLogAsync(note);
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(code == "log.root-mismatch" ? "tile/2/000.p/1" : path, result.Error.Path);
    }

    [Fact]
    public async Task VerifyLogAsync_MissingTileOrWrongKey_FailsClearly()
    {
        var (store, note, _) = await BuildLogAsync(1000);
        var reader = new TamperingReader(store);
        reader.Overrides["tile/0/001"] = null;
        var missing = await new LogVerifier(reader, _key.VerifierKey).VerifyLogAsync(note);
        Assert.Equal(("tile.missing", "tile/0/001"), (missing.Error.Code, missing.Error.Path));

        using var other = NoteSignerKey.Generate(Origin);
        var wrongKey = await new LogVerifier(store, other.VerifierKey).VerifyLogAsync(note);
        Assert.Equal("note.unverified", wrongKey.Error.Code);

        var wrongOrigin = await new LogVerifier(store, _key.VerifierKey, "elsewhere.example").VerifyLogAsync(note);
        Assert.Equal("checkpoint.origin", wrongOrigin.Error.Code);
    }

    [Fact]
    public async Task VerifyConsistencyAsync_AppendOnlyGrowth_IsValidAndRewrittenHistoryIsDetected()
    {
        var (store, note, head) = await BuildLogAsync(5000);
        var verifier = new LogVerifier(store, _key.VerifierKey);
        var first = verifier.VerifyCheckpointNote(note).Value;
        var writer = (await TileWriter.OpenAsync(store, head.Size)).Value;
        var grown = await writer.AppendAsync(Enumerable.Range(5000, 777).Select(Entry).ToArray());
        var second = new Checkpoint(Origin, grown.Size, grown.RootHash);
        Assert.True((await verifier.VerifyConsistencyAsync(new TreeHead(first.Size, first.GetRootHash()), second)).IsValid);
        Assert.True((await verifier.VerifyConsistencyAsync(new TreeHead(second.Size, second.GetRootHash()), second)).IsValid);

        // A log that rewrote entry 17 and re-signed: every new tile is self-consistent, but not with what we saw.
        var (forged, _, forgedHead) = await BuildLogAsync(5777, rewrite: 17);
        var forgedVerifier = new LogVerifier(forged, _key.VerifierKey);
        var forgedCheckpoint = new Checkpoint(Origin, forgedHead.Size, forgedHead.RootHash);
        var verdict = await forgedVerifier.VerifyConsistencyAsync(new TreeHead(first.Size, first.GetRootHash()), forgedCheckpoint);
        Assert.Equal("log.consistency.rewritten", verdict.Error!.Code);
        var shrunk = await verifier.VerifyConsistencyAsync(new TreeHead(second.Size, second.GetRootHash()), first);
        Assert.Equal("log.consistency.shrunk", shrunk.Error!.Code);
    }

    private static ReadOnlyMemory<byte> Entry(int i) => System.Text.Encoding.UTF8.GetBytes($"event {i}");

    private async Task<(MemoryTileStore Store, string Note, TreeHead Head)> BuildLogAsync(int size, int rewrite = -1)
    {
        var store = new MemoryTileStore();
        var writer = (await TileWriter.OpenAsync(store, 0)).Value;
        var head = await writer.AppendAsync(Enumerable.Range(0, size).Select(i => i == rewrite ? (ReadOnlyMemory<byte>)"forged"u8.ToArray() : Entry(i)).ToArray());
        var checkpoint = new Checkpoint(Origin, head.Size, head.RootHash);
        var note = SignedNote.Sign(checkpoint.Format(), [_key]).Format();
        return (store, note, head);
    }
}
