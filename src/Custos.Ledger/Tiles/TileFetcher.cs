using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>Reads hash tiles and entry bundles with length checks, falling back to the full tile when a partial one is gone.</summary>
internal static class TileFetcher
{
    public static async ValueTask<LedgerResult<byte[]>> ReadHashTileAsync(ITileReader reader, TileCoordinate tile, CancellationToken cancellationToken)
    {
        var path = tile.ToPath();
        var data = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var expected = tile.Width * MerkleHash.Size;
        if (data is null && !tile.IsFull)
        {
            // tlog-tiles: a log may delete a partial tile once the full tile exists; its prefix holds the same hashes.
            var full = await reader.ReadAsync(tile.AsFull().ToPath(), cancellationToken).ConfigureAwait(false);
            if (full is not null && full.Length == TileCoordinate.FullWidth * MerkleHash.Size)
            {
                return full.AsSpan(0, expected).ToArray();
            }
        }

        if (data is null)
        {
            return new LedgerError("tile.missing", "The tile does not exist.", path);
        }

        if (data.Length != expected)
        {
            return new LedgerError("tile.length", $"The tile is {data.Length} bytes; a tile of width {tile.Width} is {expected}.", path);
        }

        return data;
    }

    public static async ValueTask<LedgerResult<IReadOnlyList<ReadOnlyMemory<byte>>>> ReadBundleAsync(ITileReader reader, TileCoordinate bundle, CancellationToken cancellationToken)
    {
        var path = bundle.ToPath();
        var data = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (data is null && !bundle.IsFull)
        {
            var full = await reader.ReadAsync(bundle.AsFull().ToPath(), cancellationToken).ConfigureAwait(false);
            if (full is not null)
            {
                var decoded = EntryBundle.Decode(full, TileCoordinate.FullWidth, bundle.AsFull().ToPath());
                return decoded.IsSuccess ? LedgerResult<IReadOnlyList<ReadOnlyMemory<byte>>>.Success(decoded.Value.Take(bundle.Width).ToArray()) : decoded;
            }
        }

        if (data is null)
        {
            return new LedgerError("tile.missing", "The entry bundle does not exist.", path);
        }

        return EntryBundle.Decode(data, bundle.Width, path);
    }
}
