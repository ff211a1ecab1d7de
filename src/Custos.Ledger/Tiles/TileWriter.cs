using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>
/// Appends entries to a tiled log (C2SP tlog-tiles): writes entry bundles and hash tiles at every level and returns the
/// new size and root. Resumes from an existing tree by reading its right-edge partial tiles. Not thread-safe: one writer
/// per log, as the log's sequencer.
/// </summary>
/// <remarks>
/// Each interior node is hashed exactly once: the writer keeps the tree's right edge (one hash per set bit of the size,
/// as in <see cref="CompactRange"/>), and the node completed at every eighth tree level is the next hash of the tile
/// one level up. The root of a batch then costs at most 63 hashes, and nothing is allocated per leaf.
/// </remarks>
public sealed class TileWriter
{
    private const int Levels = 9;
    private const int MaxHeight = 64;
    private const int TileBytes = TileCoordinate.FullWidth * MerkleHash.Size;

    private readonly ITileStore _store;
    private readonly byte[][] _tiles = new byte[Levels][];
    private readonly int[] _counts = new int[Levels];
    private readonly bool[] _dirty = new bool[Levels];
    private readonly byte[] _edge = new byte[MaxHeight * MerkleHash.Size];
    private byte[] _leafHashes = [];
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

        var frontier = new List<byte[]>();
        for (var level = Levels - 1; level >= 0; level--)
        {
            if (writer._counts[level] > 0)
            {
                TileMath.AppendFrontier(writer._tiles[level], writer._counts[level], frontier);
            }
        }

        // The frontier lists the right-edge subtrees largest first, one per set bit of the size.
        var next = 0;
        for (var height = MaxHeight - 1; height >= 0; height--)
        {
            if ((treeSize >> height & 1) != 0)
            {
                frontier[next++].CopyTo(writer.Edge(height));
            }
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

    /// <summary>The root hash of the current tree.</summary>
    /// <returns>The root hash.</returns>
    public byte[] ComputeRoot()
    {
        var root = new byte[MerkleHash.Size];
        if (TreeSize == 0)
        {
            MerkleHash.EmptyRoot.CopyTo(root);
            return root;
        }

        var lowest = System.Numerics.BitOperations.TrailingZeroCount(TreeSize);
        Edge(lowest).CopyTo(root);
        for (var height = lowest + 1; height < MaxHeight; height++)
        {
            if ((TreeSize >> height & 1) != 0)
            {
                MerkleHash.HashChildren(Edge(height), root, root);
            }
        }

        return root;
    }

    /// <summary>Appends <paramref name="entries"/> (each at most 65,535 bytes) and writes every tile and bundle they touch.</summary>
    /// <param name="entries">The new entries, in order.</param>
    /// <param name="cancellationToken">Cancels the writes; a cancelled append leaves the store at the old checkpoint's view.</param>
    /// <returns>The new tree size and root.</returns>
    public async ValueTask<TreeHead> AppendAsync(IReadOnlyList<ReadOnlyMemory<byte>> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var count = entries.Count;
        for (var i = 0; i < count; i++)
        {
            if (entries[i].Length > EntryBundle.MaxEntryLength)
            {
                throw new ArgumentException($"An entry is at most {EntryBundle.MaxEntryLength} bytes.", nameof(entries));
            }
        }

        var hashBytes = checked(count * MerkleHash.Size);
        if (_leafHashes.Length < hashBytes)
        {
            _leafHashes = new byte[hashBytes];
        }

        MerkleHash.HashLeaves(entries, _leafHashes);
        Array.Clear(_dirty);
        var bundleDirty = false;
        for (var i = 0; i < count; i++)
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

            var filled = Integrate(_leafHashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
            for (var level = 0; filled != 0; level++, filled >>= 1)
            {
                if ((filled & 1) != 0)
                {
                    // TreeSize already counts this leaf, so the tile just completed is the one before the current index.
                    var tile = TileCoordinate.Hashes(level, (TileLayout.HashesAtLevel(TreeSize, level) / TileCoordinate.FullWidth) - 1);
                    await _store.WriteAsync(tile.ToPath(), _tiles[level], cancellationToken).ConfigureAwait(false);
                    _counts[level] = 0;
                }
            }
        }

        if (bundleDirty && _bundleCount > 0)
        {
            var bundle = TileCoordinate.Entries(TreeSize / TileCoordinate.FullWidth, _bundleCount);
            await _store.WriteAsync(bundle.ToPath(), _bundle.AsMemory(0, _bundleLength), cancellationToken).ConfigureAwait(false);
        }

        for (var level = 0; level < Levels; level++)
        {
            if (_dirty[level] && _counts[level] > 0)
            {
                var index = TileLayout.HashesAtLevel(TreeSize, level) / TileCoordinate.FullWidth;
                var tile = TileCoordinate.Hashes(level, index, _counts[level]);
                await _store.WriteAsync(tile.ToPath(), _tiles[level].AsMemory(0, _counts[level] * MerkleHash.Size), cancellationToken).ConfigureAwait(false);
            }
        }

        return new TreeHead(TreeSize, ComputeRoot());
    }

    /// <summary>
    /// Adds one leaf hash to the level-0 tile and the right edge, hashing each completed subtree once; a subtree of
    /// height 8·k is the next hash of the level-k tile. Returns a bit mask of the tile levels that became full (their
    /// buffers stay intact until the caller has written them and reset the count).
    /// </summary>
    private int Integrate(ReadOnlySpan<byte> leafHash)
    {
        var newSize = checked(TreeSize + 1);
        var filled = Push(0, leafHash);
        Span<byte> node = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(node);
        var height = 0;
        while ((TreeSize >> height & 1) != 0)
        {
            MerkleHash.HashChildren(Edge(height), node, node);
            height++;
            if (height % TileCoordinate.Height == 0)
            {
                filled |= Push(height / TileCoordinate.Height, node);
            }
        }

        node.CopyTo(Edge(height));
        TreeSize = newSize;
        return filled;
    }

    private int Push(int level, ReadOnlySpan<byte> hash)
    {
        hash.CopyTo(_tiles[level].AsSpan(_counts[level] * MerkleHash.Size, MerkleHash.Size));
        _counts[level]++;
        _dirty[level] = true;
        return _counts[level] == TileCoordinate.FullWidth ? 1 << level : 0;
    }

    private Span<byte> Edge(int height) => _edge.AsSpan(height * MerkleHash.Size, MerkleHash.Size);

    private void AddToBundle(ReadOnlySpan<byte> entry)
    {
        var needed = _bundleLength + 2 + entry.Length;
        if (needed > _bundle.Length)
        {
            Array.Resize(ref _bundle, Math.Max(needed, _bundle.Length * 2));
        }

        _bundleLength = EntryBundle.Write(_bundle, _bundleLength, entry);
    }
}
