using System.Collections.Concurrent;
using Custos.Application.Ledger;
using Custos.Application.Transparency.Checking;
using Custos.Ledger.Tiles;

namespace Custos.Cli.Commands;

/// <summary>
/// Keeps the entry bundles a log verification reads, so that the entries it authenticated can be read afterwards
/// without downloading them twice.
/// </summary>
internal sealed class EntryCollector
{
    private readonly ConcurrentDictionary<string, byte[]> _bundles = new(StringComparer.Ordinal);

    /// <summary>A reader that passes every read through and keeps the entry bundles.</summary>
    public ITileReader Wrap(ITileReader inner) => new Recording(inner, _bundles);

    /// <summary>
    /// The entries of the bundles read, in log order, below <paramref name="size"/>. Call only after the verification
    /// succeeded: then each bundle was checked against the signed tree. An entry that is not a <c>custos-event</c> entry
    /// is left out.
    /// </summary>
    public IReadOnlyList<PublicLogEntry> Entries(ulong size)
    {
        var entries = new SortedDictionary<ulong, PublicLogEntry>();
        foreach (var (path, bytes) in _bundles)
        {
            var tile = TileCoordinate.Parse(path);
            var bundle = EntryBundle.Decode(bytes, null, path);
            if (!tile.IsSuccess || !bundle.IsSuccess)
            {
                continue;
            }

            for (var i = 0; i < bundle.Value.Count; i++)
            {
                var leaf = checked((tile.Value.Index * TileCoordinate.FullWidth) + (ulong)i);
                var raw = bundle.Value[i].ToArray();
                if (leaf < size && LedgerEntryFormat.Parse(raw) is { IsSuccess: true } parsed)
                {
                    entries[leaf] = new PublicLogEntry(leaf, parsed.Value, raw);
                }
            }
        }

        return [.. entries.Values];
    }

    private sealed class Recording(ITileReader inner, ConcurrentDictionary<string, byte[]> bundles) : ITileReader
    {
        public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
        {
            var bytes = await inner.ReadAsync(path, cancellationToken);
            if (bytes is not null && path.StartsWith("tile/entries/", StringComparison.Ordinal))
            {
                bundles[path] = bytes;
            }

            return bytes;
        }
    }
}
