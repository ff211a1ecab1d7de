using System.Buffers.Binary;
using System.Text;

namespace Custos.Application.Tests.Requests.Documents;

/// <summary>Rewrites fields of a ZIP archive in place, to forge what a hostile sender would (APPNOTE 6.3 offsets).</summary>
internal static class ZipPatch
{
    private const int CentralHeaderLength = 46;

    /// <summary>Calls <paramref name="patch"/> with the central directory record and the local header of the entry named <paramref name="name"/>.</summary>
    public static byte[] Entry(byte[] zip, string name, SpanAction patch)
    {
        var copy = (byte[])zip.Clone();
        var end = copy.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var position = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(end + 16));
        while (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(position)) == 0x02014B50)
        {
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(position + 28));
            var length = CentralHeaderLength + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(position + 30)) +
                         BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(position + 32));
            if (Encoding.UTF8.GetString(copy, position + CentralHeaderLength, nameLength) == name)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(position + 42));
                patch(copy.AsSpan(position, length), copy.AsSpan(local));
                return copy;
            }

            position += length;
        }

        throw new InvalidOperationException($"No entry {name}.");
    }

    /// <summary>Sets the uncompressed size that both headers declare for an entry.</summary>
    public static byte[] DeclaredSize(byte[] zip, string name, uint size) => Entry(zip, name, (central, local) =>
    {
        BinaryPrimitives.WriteUInt32LittleEndian(central[24..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(local[22..], size);
    });

    /// <summary>Sets a general-purpose flag bit in both headers of an entry.</summary>
    public static byte[] Flag(byte[] zip, string name, ushort flag) => Entry(zip, name, (central, local) =>
    {
        BinaryPrimitives.WriteUInt16LittleEndian(central[8..], (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(central[8..]) | flag));
        BinaryPrimitives.WriteUInt16LittleEndian(local[6..], (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(local[6..]) | flag));
    });

    /// <summary>Sets a 16-bit field of the end record (offset 10 is the entry count).</summary>
    public static byte[] EndRecord(byte[] zip, int offset, ushort value)
    {
        var copy = (byte[])zip.Clone();
        var end = copy.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + offset), value);
        return copy;
    }

    public delegate void SpanAction(Span<byte> central, Span<byte> local);
}
