using System.Buffers.Binary;

namespace Custos.Ledger.Index;

/// <summary>
/// One (key, leaf index) pair of the disclosure index: the log entry at <see cref="LeafIndex"/> is a disclosure event
/// naming <see cref="Key"/>. The key is the 16-byte opaque identifier read as a big-endian number, so that numeric
/// order is the tree's left-to-right order.
/// </summary>
/// <param name="Key">The 16-byte key as a big-endian 128-bit number.</param>
/// <param name="LeafIndex">The log position of the event.</param>
public readonly record struct IndexPosting(UInt128 Key, ulong LeafIndex)
{
    /// <summary>The key of a 16-byte identifier.</summary>
    /// <param name="key">The 16 bytes.</param>
    /// <returns>The key as a big-endian number.</returns>
    public static UInt128 KeyOf(ReadOnlySpan<byte> key) =>
        key.Length == IndexHash.KeySize
            ? BinaryPrimitives.ReadUInt128BigEndian(key)
            : throw new ArgumentException("A key is 16 bytes.", nameof(key));

    /// <summary>The 16-byte identifier of a key.</summary>
    /// <param name="key">The key as a big-endian number.</param>
    /// <returns>A new 16-byte array.</returns>
    public static byte[] BytesOf(UInt128 key)
    {
        var bytes = new byte[IndexHash.KeySize];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, key);
        return bytes;
    }

    /// <summary>
    /// The postings of one log entry, read as <see cref="DisclosureIndex.Build(IEnumerable{ValueTuple{ulong, byte[]}})"/> reads it: none unless the entry is a
    /// <c>custos-event/v1</c> entry of a disclosure type, then one per opaque reference.
    /// </summary>
    /// <param name="leafIndex">The entry's position in the log.</param>
    /// <param name="entry">The entry bytes as logged.</param>
    /// <param name="into">Where the postings are added.</param>
    /// <returns>How many were added.</returns>
    public static int Read(ulong leafIndex, ReadOnlySpan<byte> entry, ICollection<IndexPosting> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var read = IndexedEntry.TryRead(entry);
        if (read is null || !DisclosureEventTypes.Contains(read.TypeId, read.TypeName))
        {
            return 0;
        }

        foreach (var reference in read.References)
        {
            into.Add(new IndexPosting(KeyOf(reference), leafIndex));
        }

        return read.References.Count;
    }
}
