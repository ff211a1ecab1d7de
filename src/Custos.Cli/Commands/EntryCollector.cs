using Custos.Application.Ledger;
using Custos.Application.Transparency.Checking;
using Custos.Ledger;
using Custos.Ledger.Tiles;

namespace Custos.Cli.Commands;

/// <summary>
/// Keeps the entry bundles a log verification reads, so that the entries it authenticated can be read afterwards
/// without downloading them twice.
/// </summary>
internal sealed class EntryCollector
{
    private RecordingTileReader? _recorder;

    /// <summary>A reader that passes every read through and keeps the entry bundles.</summary>
    public ITileReader Wrap(ITileReader inner) => _recorder = new RecordingTileReader(inner);

    /// <summary>
    /// The first <paramref name="size"/> entries exactly as read, in log order; an error when a bundle of them was not read
    /// or is short. Call only after the verification succeeded: then each bundle was checked against the signed tree.
    /// </summary>
    public LedgerResult<IReadOnlyList<byte[]>> Raw(ulong size) =>
        _recorder?.Entries(size) ?? new LedgerError("tile.missing", "No entry bundle was read: the collector was not given to the verification.");

    /// <summary>The <c>custos-event</c> entries among <paramref name="raw"/> (the log's first entries, in order), with their leaf indexes; an entry of another format is left out.</summary>
    public static IReadOnlyList<PublicLogEntry> Parse(IReadOnlyList<byte[]> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var entries = new List<PublicLogEntry>(raw.Count);
        for (var leaf = 0; leaf < raw.Count; leaf++)
        {
            if (LedgerEntryFormat.Parse(raw[leaf]) is { IsSuccess: true } parsed)
            {
                entries.Add(new PublicLogEntry((ulong)leaf, parsed.Value, raw[leaf]));
            }
        }

        return entries;
    }
}
