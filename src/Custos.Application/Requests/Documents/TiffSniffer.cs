using System.Buffers.Binary;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// A TIFF: the byte-order header (II*\0 little-endian or MM\0* big-endian; BigTIFF is not accepted), a first image directory
/// that lies inside the file, holds at least one entry and fits, and gives the image's width and height.
/// </summary>
internal static class TiffSniffer
{
    private const int HeaderLength = 8;
    private const int EntryLength = 12;
    private const ushort ImageWidth = 256;
    private const ushort ImageLength = 257;

    public static ContentFault? Check(ReadOnlySpan<byte> content)
    {
        bool little;
        if (content.StartsWith("II*\0"u8))
        {
            little = true;
        }
        else if (content.StartsWith("MM\0*"u8))
        {
            little = false;
        }
        else
        {
            return new ContentFault($"it does not start with a TIFF header (II*\\0 or MM\\0*){ContentGuess.Suffix(content)}");
        }

        if (content.Length < HeaderLength)
        {
            return new ContentFault("it is cut short: it ends inside its header");
        }

        long directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(content[4..]) : BinaryPrimitives.ReadUInt32BigEndian(content[4..]);
        if (directory < HeaderLength || directory > content.Length - 2)
        {
            return new ContentFault("its first image directory lies outside the file");
        }

        var entries = ReadUInt16(content[(int)directory..], little);
        if (entries == 0 || directory + 2 + ((long)entries * EntryLength) + 4 > content.Length)
        {
            return new ContentFault(entries == 0 ? "its first image directory is empty" : "its first image directory runs past the end of the file");
        }

        bool hasWidth = false, hasLength = false;
        for (var i = 0; i < entries; i++)
        {
            var tag = ReadUInt16(content[((int)directory + 2 + (i * EntryLength))..], little);
            hasWidth |= tag == ImageWidth;
            hasLength |= tag == ImageLength;
        }

        return hasWidth && hasLength ? null : new ContentFault("its first image directory gives no image width and height");
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);
}
