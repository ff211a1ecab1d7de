using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>
/// Appends entries to a tiled log (C2SP tlog-tiles): writes entry bundles and hash tiles at every level and returns the
/// new size and root. Resumes from an existing tree by reading its right-edge partial tiles. Not thread-safe: one writer
/// per log, as the log's sequencer.
/// </summary>
public sealed class TileWriter
{
    private const int Levels = 9;
    private const int TileBytes = TileCoordinate.FullWidth * MerkleHash.Size;

    private readonly ITileStore _store;
    private readonly byte[][] _tiles = new byte[Levels][];
    private readonly int[] _counts = new int[Levels];
    private byte[] _bundle = new byte[64 * 1024];
    private int _bundleLength;
    private int _bundleCount;

    private TileWriter(ITileStore store, ulong treeSize)
    {
        _store = store;
        TreeSize = treeSize;
        for (var level = 0; level < Levels; level++)
        {
            _tiles[level] = new byte[TileBytes];
        }
    }

    /// <summary>The current tree size.</summary>
    public ulong TreeSize { get; private set; }

    /// <summary>Opens the log in <paramref name="store"/> at <paramref name="treeSize"/> (0 for a new log), reading the partial tiles and bundle at its right edge.</summary>
    /// <param name="store">The tile store.</param>
    /// <param name="treeSize">The size of the last integrated tree (from the latest checkpoint).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The writer, or an error when the stored right edge is missing or malformed.</returns>
    public static async ValueTask<LedgerResult<TileWriter>> OpenAsync(ITileStore store, ulong treeSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var writer = new TileWriter(store, treeSize);
        for (var level = 0; level < Levels; level++)
        {
            var count = (int)(TileLayout.HashesAtLevel(treeSize, level) % TileCoordinate.FullWidth);
            writer._counts[level] = count;
            if (count == 0)
            {
                continue;
            }

            var tile = TileCoordinate.Hashes(level, TileLayout.HashesAtLevel(treeSize, level) / TileCoordinate.FullWidth, count);
            var read = await TileFetcher.ReadHashTileAsync(store, tile, cancellationToken).ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            read.Value.CopyTo(writer._tiles[level], 0);
        }

        var bundleCount = (int)(treeSize % TileCoordinate.FullWidth);
        if (bundleCount > 0)
        {
            var bundle = TileCoordinate.Entries(treeSize / TileCoordinate.FullWidth, bundleCount);
            var entries = await TileFetcher.ReadBundleAsync(store, bundle, cancellationToken).ConfigureAwait(false);
            if (!entries.IsSuccess)
            {
                return entries.Error;
            }

            foreach (var entry in entries.Value)
            {
                writer.AddToBundle(entry.Span);
            }

            writer._bundleCount = bundleCount;
        }

        return writer;
    }

    /// <summary>The root hash of the current tree, computed from the right-edge tiles.</summary>
    /// <returns>The root hash.</returns>
    public byte[] ComputeRoot()
    {
        var frontier = new List<byte[]>();
        for (var level = Levels - 1; level >= 0; level--)
        {
            if (_counts[level] > 0)
            {
                TileMath.AppendFrontier(_tiles[level], _counts[level], frontier);
            }
        }

        return CompactRange.FromFrontier(TreeSize, frontier).ComputeRoot();
    }

    /// <summary>Appends <paramref name="entries"/> (each at most 65,535 bytes) and writes every tile and bundle they touch.</summary>
    /// <param name="entries">The new entries, in order.</param>
    /// <param name="cancellationToken">Cancels the writes; a cancelled append leaves the store at the old checkpoint's view.</param>
    /// <returns>The new tree size and root.</returns>
    public async ValueTask<TreeHead> AppendAsync(IReadOnlyList<ReadOnlyMemory<byte>> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (entry.Length > EntryBundle.MaxEntryLength)
            {
                throw new ArgumentException($"An entry is at most {EntryBundle.MaxEntryLength} bytes.", nameof(entries));
            }
        }

        var leafHashes = new byte[entries.Count * MerkleHash.Size];
        MerkleHash.HashLeaves(entries, leafHashes);
        var dirty = new bool[Levels];
        var bundleDirty = false;
        var node = new byte[MerkleHash.Size];
        for (var i = 0; i < entries.Count; i++)
        {
            AddToBundle(entries[i].Span);
            _bundleCount++;
            bundleDirty = true;
            if (_bundleCount == TileCoordinate.FullWidth)
            {
                var bundle = TileCoordinate.Entries(TreeSize / TileCoordinate.FullWidth);
                await _store.WriteAsync(bundle.ToPath(), _bundle.AsMemory(0, _bundleLength), cancellationToken).ConfigureAwait(false);
                _bundleLength = 0;
                _bundleCount = 0;
                bundleDirty = false;
            }

            leafHashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size).CopyTo(node);
            await AddHashAsync(0, node, dirty, cancellationToken).ConfigureAwait(false);
            TreeSize++;
        }

        if (bundleDirty && _bundleCount > 0)
        {
            var bundle = TileCoordinate.Entries(TreeSize / TileCoordinate.FullWidth, _bundleCount);
            await _store.WriteAsync(bundle.ToPath(), _bundle.AsMemory(0, _bundleLength), cancellationToken).ConfigureAwait(false);
        }

        for (var level = 0; level < Levels; level++)
        {
            if (dirty[level] && _counts[level] > 0)
            {
                var index = TileLayout.HashesAtLevel(TreeSize, level) / TileCoordinate.FullWidth;
                var tile = TileCoordinate.Hashes(level, index, _counts[level]);
                await _store.WriteAsync(tile.ToPath(), _tiles[level].AsMemory(0, _counts[level] * MerkleHash.Size), cancellationToken).ConfigureAwait(false);
            }
        }

        return new TreeHead(TreeSize, ComputeRoot());
    }

    private void AddToBundle(ReadOnlySpan<byte> entry)
    {
        var needed = _bundleLength + 2 + entry.Length;
        if (needed > _bundle.Length)
        {
            Array.Resize(ref _bundle, Math.Max(needed, _bundle.Length * 2));
        }

        _bundleLength = EntryBundle.Write(_bundle, _bundleLength, entry);
    }

    private async ValueTask AddHashAsync(int level, byte[] hash, bool[] dirty, CancellationToken cancellationToken)
    {
        while (true)
        {
            hash.CopyTo(_tiles[level], _counts[level] * MerkleHash.Size);
            _counts[level]++;
            dirty[level] = true;
            if (_counts[level] < TileCoordinate.FullWidth)
            {
                return;
            }

            // The tile is full: the tree size counts the leaf being added only after this call, so add it here.
            var hashesAtLevel = TileLayout.HashesAtLevel(TreeSize + 1, level);
            var tile = TileCoordinate.Hashes(level, (hashesAtLevel / TileCoordinate.FullWidth) - 1);
            await _store.WriteAsync(tile.ToPath(), _tiles[level], cancellationToken).ConfigureAwait(false);
            TileMath.PerfectRoot(_tiles[level], hash);
            _counts[level] = 0;
            level++;
        }
    }
}
