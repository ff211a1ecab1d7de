using System.Collections.Concurrent;
using Custos.Ledger;
using Custos.Ledger.Tiles;

namespace Custos.Cli.Commands;

/// <summary>
/// Passes reads through to a tile reader and keeps every entry bundle read, so that after a verification the entries can
/// be taken from exactly the bytes that were verified (a server cannot answer a second download differently).
/// </summary>
internal sealed class RecordingTileReader(ITileReader inner) : ITileReader
{
    private readonly ConcurrentDictionary<string, byte[]> _bundles = new(StringComparer.Ordinal);

    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await inner.ReadAsync(path, cancellationToken);
        if (bytes is not null && path.StartsWith("tile/entries/", StringComparison.Ordinal))
        {
            _bundles[path] = bytes;
        }

        return bytes;
    }

    /// <summary>The first <paramref name="size"/> entries, in log order, from the bundles read so far.</summary>
    public LedgerResult<IReadOnlyList<byte[]>> Entries(ulong size)
    {
        var entries = new List<byte[]>();
        foreach (var bundle in TileLayout.EntryBundles(size))
        {
            // The verifier read either the partial bundle or, in its place, the full one (as TileFetcher does).
            var path = bundle.ToPath();
            if (!_bundles.TryGetValue(path, out var bytes) && !bundle.IsFull && _bundles.TryGetValue(bundle.AsFull().ToPath(), out bytes))
            {
                path = bundle.AsFull().ToPath();
            }

            if (bytes is null)
            {
                return new LedgerError("tile.missing", "The entry bundle was not read during verification.", path);
            }

            var decoded = EntryBundle.Decode(bytes, null, path);
            if (!decoded.IsSuccess)
            {
                return decoded.Error;
            }

            if (decoded.Value.Count < bundle.Width)
            {
                return new LedgerError("tile.length", $"The entry bundle holds {decoded.Value.Count} entries, fewer than {bundle.Width}.", path);
            }

            entries.AddRange(decoded.Value.Take(bundle.Width).Select(e => e.ToArray()));
        }

        return LedgerResult<IReadOnlyList<byte[]>>.Success(entries);
    }
}
