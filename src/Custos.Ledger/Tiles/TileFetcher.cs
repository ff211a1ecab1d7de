using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>
/// Reads hash tiles and entry bundles with length checks. Following the C2SP tlog-tiles client rules, a request for a
/// partial tile is answered from the full tile when the server sends the full tile instead, or when the partial tile is
/// gone because the full one exists; only the prefix the tree needs is used.
/// </summary>
internal static class TileFetcher
{
    private const int FullTileBytes = TileCoordinate.FullWidth * MerkleHash.Size;

    public static async ValueTask<LedgerResult<byte[]>> ReadHashTileAsync(ITileReader reader, TileCoordinate tile, CancellationToken cancellationToken)
    {
        var path = tile.ToPath();
        var data = await reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var expected = tile.Width * MerkleHash.Size;
        if (data is null && !tile.IsFull)
        {
            // tlog-tiles: a log may delete a partial tile once the full tile exists; its prefix holds the same hashes.
            var full = await reader.ReadAsync(tile.AsFull().ToPath(), cancellationToken).ConfigureAwait(false);
            if (full is not null && full.Length == FullTileBytes)
            {
                return full.AsSpan(0, expected).ToArray();
            }
        }

        if (data is null)
        {
            return new LedgerError("tile.missing", "The tile does not exist.", path);
        }

        if (data.Length == FullTileBytes && !tile.IsFull)
        {
            // tlog-tiles: a client asking for a partial tile may receive the full tile, and uses its prefix.
            return data.AsSpan(0, expected).ToArray();
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

        if (bundle.IsFull)
        {
            return EntryBundle.Decode(data, bundle.Width, path);
        }

        // A partial bundle request may be answered with the full bundle: accept exactly the width or a full 256.
        var entries = EntryBundle.Decode(data, null, path);
        if (!entries.IsSuccess)
        {
            return entries;
        }

        return entries.Value.Count switch
        {
            var count when count == bundle.Width => entries,
            TileCoordinate.FullWidth => LedgerResult<IReadOnlyList<ReadOnlyMemory<byte>>>.Success(entries.Value.Take(bundle.Width).ToArray()),
            var count => new LedgerError("tile.bundle.count", $"The bundle holds {count} entries; {bundle.Width} (or a full {TileCoordinate.FullWidth}) were expected.", path),
        };
    }
}
