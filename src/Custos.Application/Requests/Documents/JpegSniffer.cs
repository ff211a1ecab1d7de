using System.Buffers.Binary;
using System.Globalization;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// A JPEG: the start-of-image marker (FF D8 FF), then segments walked one by one by their lengths (so a page that merely
/// starts with FF D8 FF and ends with FF D9 fails), a frame header and a scan, and the end-of-image marker (FF D9) as the
/// last two bytes. Bytes after the end-of-image marker are refused: no viewer shows them, so an appended archive or page
/// would be stored unseen. This also refuses the rare cameras that append data there (a "motion photo" video, extra
/// multi-picture images); such a photo is accepted once exported again as a plain JPEG or a PDF.
/// </summary>
internal static class JpegSniffer
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;

    public static ContentFault? Check(ReadOnlySpan<byte> content)
    {
        if (content.Length < 4 || content[0] != Marker || content[1] != StartOfImage || content[2] != Marker)
        {
            return new ContentFault($"it does not start with the JPEG start-of-image marker (FF D8 FF){ContentGuess.Suffix(content)}");
        }

        var position = 2;
        var sawFrame = false;
        var sawScan = false;
        while (true)
        {
            if (position >= content.Length)
            {
                return CutShort;
            }

            if (content[position] != Marker)
            {
                return Damaged(position);
            }

            var markerAt = position;
            while (position < content.Length && content[position] == Marker)
            {
                position++; // a marker may be preceded by any number of fill bytes
            }

            if (position >= content.Length)
            {
                return CutShort;
            }

            var marker = content[position++];
            if (marker == EndOfImage)
            {
                if (!sawFrame || !sawScan)
                {
                    return new ContentFault("it ends before any image data (no frame header or scan)");
                }

                return position == content.Length
                    ? null
                    : new ContentFault(string.Create(CultureInfo.InvariantCulture,
                        $"it carries {content.Length - position:N0} bytes after its end-of-image marker (FF D9), which no viewer shows; export the image again without them"));
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // TEM and RSTn stand alone, without a length
            }

            if (marker is < 0xC0 or StartOfImage)
            {
                return Damaged(markerAt); // 00 is no marker, 02–BF are reserved, and an image starts once
            }

            if (content.Length - position < 2)
            {
                return CutShort;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(content[position..]);
            if (length < 2 || length > content.Length - position)
            {
                return length < 2 ? Damaged(markerAt) : CutShort;
            }

            position += length;
            sawFrame |= IsFrameHeader(marker);
            if (marker == StartOfScan)
            {
                if (!sawFrame)
                {
                    return Damaged(markerAt);
                }

                sawScan = true;
                position = SkipEntropyCodedData(content, position);
            }
        }
    }

    private static ContentFault CutShort => new("it is cut short: it ends before its end-of-image marker (FF D9)");

    private static ContentFault Damaged(int position) =>
        new(string.Create(CultureInfo.InvariantCulture, $"it is damaged: its segment structure breaks at byte {position}"));

    /// <summary>SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.</summary>
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    /// <summary>The position of the marker that ends a scan's entropy-coded data (FF 00 is a stuffed byte, FF D0–D7 a restart).</summary>
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> content, int position)
    {
        while (true)
        {
            var next = content[position..].IndexOf(Marker);
            if (next < 0 || position + next + 1 >= content.Length)
            {
                return content.Length;
            }

            position += next;
            var following = content[position + 1];
            if (following is 0x00 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }

            return position;
        }
    }
}
