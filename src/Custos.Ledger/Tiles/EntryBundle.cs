using System.Buffers.Binary;

namespace Custos.Ledger.Tiles;

/// <summary>Entry bundles (C2SP tlog-tiles): a sequence of entries, each prefixed by its 2-byte big-endian length.</summary>
public static class EntryBundle
{
    /// <summary>The largest entry a bundle can hold.</summary>
    public const int MaxEntryLength = ushort.MaxValue;

    /// <summary>Encodes up to 256 entries as a bundle.</summary>
    /// <param name="entries">The entries, each at most 65,535 bytes.</param>
    /// <returns>The bundle bytes.</returns>
    public static byte[] Encode(IReadOnlyList<ReadOnlyMemory<byte>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count > TileCoordinate.FullWidth)
        {
            throw new ArgumentException($"A bundle holds at most {TileCoordinate.FullWidth} entries, not {entries.Count}.", nameof(entries));
        }

        var length = 0;
        foreach (var entry in entries)
        {
            CheckEntry(entry.Length);
            length = checked(length + 2 + entry.Length);
        }

        var bundle = new byte[length];
        var offset = 0;
        foreach (var entry in entries)
        {
            offset = Write(bundle, offset, entry.Span);
        }

        return bundle;
    }

    /// <summary>Decodes a bundle, rejecting a truncated length or entry and more than 256 entries.</summary>
    /// <param name="bundle">The bundle bytes.</param>
    /// <param name="expectedCount">When given, the number of entries the bundle must hold.</param>
    /// <param name="path">The bundle path, for the error.</param>
    /// <returns>The entries (slices of <paramref name="bundle"/>), or an error.</returns>
    public static LedgerResult<IReadOnlyList<ReadOnlyMemory<byte>>> Decode(ReadOnlyMemory<byte> bundle, int? expectedCount = null, string? path = null)
    {
        var entries = new List<ReadOnlyMemory<byte>>(expectedCount ?? 16);
        var span = bundle.Span;
        var offset = 0;
        while (offset < span.Length)
        {
            if (entries.Count == TileCoordinate.FullWidth)
            {
                return new LedgerError("tile.bundle.oversized", $"The bundle holds more than {TileCoordinate.FullWidth} entries.", path);
            }

            if (span.Length - offset < 2)
            {
                return new LedgerError("tile.bundle.truncated", $"The bundle ends inside the length prefix of entry {entries.Count}.", path);
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            offset += 2;
            if (span.Length - offset < length)
            {
                return new LedgerError("tile.bundle.truncated", $"Entry {entries.Count} declares {length} bytes but only {span.Length - offset} remain.", path);
            }

            entries.Add(bundle.Slice(offset, length));
            offset += length;
        }

        if (expectedCount is { } expected && entries.Count != expected)
        {
            return new LedgerError("tile.bundle.count", $"The bundle holds {entries.Count} entries; {expected} were expected.", path);
        }

        return entries;
    }

    /// <summary>Writes one length-prefixed entry at <paramref name="offset"/> and returns the offset after it.</summary>
    internal static int Write(Span<byte> destination, int offset, ReadOnlySpan<byte> entry)
    {
        CheckEntry(entry.Length);
        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)entry.Length);
        entry.CopyTo(destination[(offset + 2)..]);
        return offset + 2 + entry.Length;
    }

    private static void CheckEntry(int length)
    {
        if (length > MaxEntryLength)
        {
            throw new ArgumentException($"An entry is at most {MaxEntryLength} bytes; this one is {length}.");
        }
    }
}
