using Custos.Ledger.Merkle;
using Custos.Ledger.Tiles;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Tiles;

public sealed class TileWriterTests
{
    private static byte[] Entry(int i) => System.Text.Encoding.UTF8.GetBytes($"entry {i}");

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1000)]
    public async Task AppendAsync_ResumingEveryBatch_RootEqualsRootFromScratch(int batchSize)
    {
        const int total = 66_000;
        var store = new MemoryTileStore();
        var reference = new CompactRange();
        ulong size = 0;
        var next = 0;
        var batches = 0;
        while (next < total && batches < 70)
        {
            var writer = (await TileWriter.OpenAsync(store, size)).Value;
            var count = Math.Min(batchSize + (batches % 3), total - next);
            var entries = Enumerable.Range(next, count).Select(i => (ReadOnlyMemory<byte>)Entry(i)).ToArray();
            var head = await writer.AppendAsync(entries);
            foreach (var entry in entries)
            {
                reference.AppendLeafHash(MerkleHash.HashLeaf(entry.Span));
            }

            next += count;
            size = head.Size;
            batches++;
            Assert.Equal((ulong)next, head.Size);
            Assert.Equal(reference.ComputeRoot(), head.RootHash);
        }

        var reopened = (await TileWriter.OpenAsync(store, size)).Value;
        Assert.Equal(reference.ComputeRoot(), reopened.ComputeRoot());
        Assert.Equal(TileLayout.HashTiles(size).Select(t => t.ToPath()).Order(StringComparer.Ordinal), store.Paths.Where(p => !p.Contains("entries", StringComparison.Ordinal) && (TileCoordinate.Parse(p).Value.IsFull || IsCurrentPartial(p, size))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AppendAsync_70000Entries_TilesServeProofsThatVerify()
    {
        var store = new MemoryTileStore();
        var writer = (await TileWriter.OpenAsync(store, 0)).Value;
        var head = await writer.AppendAsync(Enumerable.Range(0, 70_000).Select(i => (ReadOnlyMemory<byte>)Entry(i)).ToArray());
        var source = new TileHashSource(store, head.Size);
        Assert.Equal(head.RootHash, await ProofBuilder.ComputeRootAsync(source, head.Size));
        foreach (var index in new ulong[] { 0, 1, 255, 256, 65535, 65536, 69_999 })
        {
            var proof = await ProofBuilder.CreateInclusionProofAsync(source, index, head.Size);
            Assert.True(ProofVerifier.VerifyInclusion(MerkleHash.HashLeaf(Entry((int)index)), index, head.Size, proof, head.RootHash).IsValid);
        }

        var oldRoot = MerkleHash.ComputeRoot(Enumerable.Range(0, 12_345).Select(i => MerkleHash.HashLeaf(Entry(i))).ToArray());
        var consistency = await ProofBuilder.CreateConsistencyProofAsync(source, 12_345, head.Size);
        Assert.True(ProofVerifier.VerifyConsistency(12_345, head.Size, oldRoot, head.RootHash, consistency).IsValid);
    }

    [Fact]
    public async Task FileSystemTileStore_AppendAndResume_MatchesMemoryStoreAndLeavesNoTemporaryFiles()
    {
        var directory = Path.Combine(Path.GetTempPath(), "custos-ledger-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new FileSystemTileStore(directory);
            var memory = new MemoryTileStore();
            ulong size = 0;
            TreeHead? head = null;
            for (var batch = 0; batch < 5; batch++)
            {
                var entries = Enumerable.Range((int)size, 200).Select(i => (ReadOnlyMemory<byte>)Entry(i)).ToArray();
                head = await (await TileWriter.OpenAsync(files, size)).Value.AppendAsync(entries);
                await (await TileWriter.OpenAsync(memory, size)).Value.AppendAsync(entries);
                size = head.Size;
            }

            foreach (var path in memory.Paths)
            {
                Assert.Equal(await memory.ReadAsync(path, default), await files.ReadAsync(path, default));
            }

            Assert.Empty(Directory.EnumerateFiles(directory, "*.tmp", SearchOption.AllDirectories));
            Assert.Equal(memory.Count, Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count());
            Assert.Equal(1000UL, head!.Size);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_FullTileWithDifferentBytes_IsRefused()
    {
        var directory = Path.Combine(Path.GetTempPath(), "custos-ledger-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new FileSystemTileStore(directory);
            await files.WriteAsync("tile/0/000", new byte[8192], default);
            await files.WriteAsync("tile/0/000", new byte[8192], default);
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await files.WriteAsync("tile/0/000", new byte[8192].Select((_, i) => (byte)i).ToArray(), default));
            await files.WriteAsync("tile/0/001.p/1", new byte[32], default);
            await files.WriteAsync("tile/0/001.p/1", Enumerable.Repeat((byte)1, 32).ToArray(), default);
            Assert.Equal(1, (await files.ReadAsync("tile/0/001.p/1", default))![0]);
            await Assert.ThrowsAsync<ArgumentException>(async () => await files.WriteAsync("../escape", new byte[1], default));
            var memory = new MemoryTileStore();
            await memory.WriteAsync("tile/entries/000", new byte[] { 0, 0 }, default);
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await memory.WriteAsync("tile/entries/000", new byte[] { 0, 1, 7 }, default));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_MissingPartialTile_ReturnsErrorNamingPath()
    {
        var store = new MemoryTileStore();
        var result = await TileWriter.OpenAsync(store, 300);
        Assert.False(result.IsSuccess);
        Assert.Equal("tile.missing", result.Error.Code);
        Assert.Equal("tile/0/001.p/44", result.Error.Path);
    }

    private static bool IsCurrentPartial(string path, ulong size)
    {
        var tile = TileCoordinate.Parse(path).Value;
        return TileLayout.HashesAtLevel(size, tile.Level) % 256 == (ulong)tile.Width && tile.Index == TileLayout.HashesAtLevel(size, tile.Level) / 256;
    }
}
