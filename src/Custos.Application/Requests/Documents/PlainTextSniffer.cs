using System.Buffers;
using System.Globalization;
using System.Text;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// Plain text: strict UTF-8 (overlong forms, encoded surrogates and cut-short sequences refused), with or without a byte-order
/// mark; no control characters but tab, line feed, form feed and carriage return (C0, DEL and the C1 range are refused:
/// they are binary data or terminal escapes, U+009B being a second way to write ESC [); and no bidirectional embedding,
/// override or isolate (U+202A–U+202E, U+2066–U+2069), which make text read differently from how it is stored.
/// </summary>
internal static class PlainTextSniffer
{
    private static readonly SearchValues<byte> NeedsAttention = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\f' or '\r')).Select(b => (byte)b), 0x7F, .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    public static ContentFault? Check(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new ContentFault("it is UTF-16 text; save it as UTF-8");
        }

        var position = content.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (position < content.Length)
        {
            var plain = content[position..].IndexOfAny(NeedsAttention);
            if (plain < 0)
            {
                return null;
            }

            position += plain;
            var status = Rune.DecodeFromUtf8(content[position..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it is not valid UTF-8 text: the bytes at {position:N0} are no UTF-8 character"));
            }

            var value = rune.Value;
            if (value == 0)
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it contains a NUL byte at byte {position:N0}, so it is binary data rather than text"));
            }

            if (value < 0x20 || value is >= 0x7F and <= 0x9F)
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it contains the control character U+{value:X4} at byte {position:N0}"));
            }

            if (BidiCharacters.IsEmbeddingOverrideOrIsolate(value))
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture, $"it contains the bidirectional control U+{value:X4} at byte {position:N0}, which makes text read differently from how it is stored"));
            }

            position += consumed;
        }

        return null;
    }
}
