using System.Buffers.Binary;
using System.Globalization;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// A PNG: the 8-byte signature, an IHDR chunk first with a possible size and a valid colour type and depth, chunks that each
/// fit in the file, at least one IDAT, and the IEND chunk as the last bytes of the file. Bytes after IEND are refused: no
/// viewer shows them, so they would be stored unseen beside the image (an appended archive or page). Chunk CRCs are not
/// checked.
/// </summary>
internal static class PngSniffer
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC
    private const int HeaderLength = 13;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ContentFault? Check(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith(Signature))
        {
            return new ContentFault($"it does not start with the PNG signature{ContentGuess.Suffix(content)}");
        }

        if (content.Length < SignatureLength + ChunkOverhead + HeaderLength ||
            BinaryPrimitives.ReadUInt32BigEndian(content[SignatureLength..]) != HeaderLength ||
            !content.Slice(SignatureLength + 4, 4).SequenceEqual("IHDR"u8))
        {
            return new ContentFault("its first chunk is not an IHDR image header");
        }

        var header = content.Slice(SignatureLength + 8, HeaderLength);
        var width = BinaryPrimitives.ReadUInt32BigEndian(header);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            return new ContentFault("its IHDR image header gives an impossible width or height");
        }

        if (!IsValidDepth(header[9], header[8]) || header[10] != 0 || header[11] != 0 || header[12] > 1)
        {
            return new ContentFault("its IHDR image header has an invalid colour type, bit depth, compression, filter or interlace method");
        }

        return CheckChunks(content);
    }

    private static ContentFault? CheckChunks(ReadOnlySpan<byte> content)
    {
        var position = SignatureLength;
        var sawData = false;
        while (true)
        {
            if (content.Length - position < ChunkOverhead)
            {
                return new ContentFault("it is cut short: it ends before its IEND end chunk");
            }

            long length = BinaryPrimitives.ReadUInt32BigEndian(content[position..]);
            var type = content.Slice(position + 4, 4);
            if (length > content.Length - position - ChunkOverhead)
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it is cut short or damaged: the chunk at byte {position} runs past the end of the file"));
            }

            foreach (var letter in type)
            {
                if (!char.IsAsciiLetter((char)letter))
                {
                    return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it is damaged: the chunk at byte {position} has no valid type"));
                }
            }

            position += ChunkOverhead + (int)length;
            if (type.SequenceEqual("IDAT"u8))
            {
                sawData = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                if (!sawData)
                {
                    return new ContentFault("it holds no image data (no IDAT chunk)");
                }

                return position == content.Length
                    ? null
                    : new ContentFault(string.Create(CultureInfo.InvariantCulture,
                        $"it carries {content.Length - position:N0} bytes after its IEND end chunk, which no viewer shows; export the image again without them"));
            }
        }
    }

    private static bool IsValidDepth(byte colourType, byte depth) => colourType switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        2 or 4 or 6 => depth is 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        _ => false,
    };
}
