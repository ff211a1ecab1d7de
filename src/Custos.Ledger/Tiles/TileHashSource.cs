using System.Collections.Concurrent;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>
/// Serves node hashes of a tree of a fixed size from its tiles, so inclusion and consistency proofs can be built from a
/// tiled log. Tiles are cached in memory after the first read. Missing or malformed tiles raise
/// <see cref="LedgerDataException"/>.
/// </summary>
public sealed class TileHashSource : INodeHashSource
{
    private readonly ITileReader _reader;
    private readonly ConcurrentDictionary<TileCoordinate, byte[]> _cache = new();

    /// <summary>Creates a source for the tree of <paramref name="treeSize"/> leaves stored in <paramref name="reader"/>.</summary>
    /// <param name="reader">Reads the tiles.</param>
    /// <param name="treeSize">The tree size the tiles are read at (it decides which partial tiles apply).</param>
    public TileHashSource(ITileReader reader, ulong treeSize)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        TreeSize = treeSize;
    }

    /// <summary>The tree size.</summary>
    public ulong TreeSize { get; }

    /// <summary>The number of tiles held in the cache.</summary>
    public int CachedTileCount => _cache.Count;

    /// <inheritdoc />
    public async ValueTask<byte[]> GetNodeHashAsync(int level, ulong index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 63);
        if (index >= TreeSize >> level)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Node ({level}, {index}) is not a complete subtree of a tree of size {TreeSize}.");
        }

        var tileLevel = level / TileCoordinate.Height;
        var height = level % TileCoordinate.Height;
        var first = index << height;
        var tileIndex = first / TileCoordinate.FullWidth;
        var tile = TileLayout.HashTile(tileLevel, tileIndex, TreeSize);
        var hashes = await GetTileAsync(tile, cancellationToken).ConfigureAwait(false);
        var offset = (int)(first % TileCoordinate.FullWidth);
        var node = new byte[MerkleHash.Size];
        TileMath.PerfectRoot(hashes.AsSpan(offset * MerkleHash.Size, (1 << height) * MerkleHash.Size), node);
        return node;
    }

    /// <summary>Reads a hash tile through the cache.</summary>
    /// <param name="tile">The tile.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tile bytes (width × 32).</returns>
    public async ValueTask<byte[]> GetTileAsync(TileCoordinate tile, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tile, out var cached))
        {
            return cached;
        }

        var result = await TileFetcher.ReadHashTileAsync(_reader, tile, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw new LedgerDataException(result.Error);
        }

        _cache[tile] = result.Value;
        return result.Value;
    }
}
