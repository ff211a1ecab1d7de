using System.Collections.Concurrent;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>
/// Serves node hashes of a tree of a fixed size from its tiles, so inclusion and consistency proofs can be built from a
/// tiled log. Tiles are cached in memory after the first read, with the hashes of the eight tree levels inside each
/// tile, so a warm proof costs no hashing. Missing or malformed tiles raise
/// <see cref="LedgerDataException"/>.
/// </summary>
public sealed class TileHashSource : INodeHashSource
{
    private readonly ITileReader _reader;
    private readonly ConcurrentDictionary<TileCoordinate, byte[][]> _cache = new();

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
        var levels = await GetTileLevelsAsync(tile, cancellationToken).ConfigureAwait(false);
        var offset = (int)(first % TileCoordinate.FullWidth) >> height;
        return levels[height].AsSpan(offset * MerkleHash.Size, MerkleHash.Size).ToArray();
    }

    /// <summary>Reads a hash tile through the cache.</summary>
    /// <param name="tile">The tile.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tile bytes (width × 32).</returns>
    public async ValueTask<byte[]> GetTileAsync(TileCoordinate tile, CancellationToken cancellationToken) =>
        (await GetTileLevelsAsync(tile, cancellationToken).ConfigureAwait(false))[0];

    private async ValueTask<byte[][]> GetTileLevelsAsync(TileCoordinate tile, CancellationToken cancellationToken)
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

        var levels = new byte[TileCoordinate.Height][];
        levels[0] = result.Value;
        for (var height = 1; height < TileCoordinate.Height; height++)
        {
            var below = levels[height - 1];
            var count = below.Length / MerkleHash.Size / 2;
            var above = new byte[count * MerkleHash.Size];
            for (var i = 0; i < count; i++)
            {
                MerkleHash.HashChildren(
                    below.AsSpan(2 * i * MerkleHash.Size, MerkleHash.Size),
                    below.AsSpan(((2 * i) + 1) * MerkleHash.Size, MerkleHash.Size),
                    above.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
            }

            levels[height] = above;
        }

        _cache[tile] = levels;
        return levels;
    }
}
