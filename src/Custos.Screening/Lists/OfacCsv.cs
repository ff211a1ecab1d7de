using System.Globalization;
using System.Text;

namespace Custos.Screening.Lists;

/// <summary>
/// The OFAC legacy CSV dialect: no header, comma-separated, fields optionally double-quoted (a doubled quote inside
/// a quoted field is a quote), <c>-0-</c> for an empty field, CRLF or LF line ends, and an optional DOS end-of-file
/// character (0x1A) at the end.
/// </summary>
internal static class OfacCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes as UTF-8, or as Latin-1 when they are not valid UTF-8 (older OFAC files).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Splits <paramref name="text"/> into records; on a quoting error returns the line and reason.</summary>
    public static (List<CsvRecord> Records, int ErrorLine, string? Error) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string?>(12);
        var field = new StringBuilder();
        var line = 1;
        var position = 0;
        var end = text.Length;
        while (end > 0 && (text[end - 1] == '\x1A' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        while (position < end)
        {
            var recordLine = line;
            fields.Clear();
            if (text[position] is '\r' or '\n')
            {
                position = SkipLineEnd(text, position, ref line);
                continue;
            }

            while (true)
            {
                field.Clear();
                var quoted = false;
                while (position < end && text[position] == ' ')
                {
                    position++;
                }

                if (position < end && text[position] == '"')
                {
                    quoted = true;
                    position++;
                    while (true)
                    {
                        if (position >= end)
                        {
                            return (records, recordLine, "a quoted field is not closed");
                        }

                        var c = text[position];
                        if (c == '"')
                        {
                            if (position + 1 < end && text[position + 1] == '"')
                            {
                                field.Append('"');
                                position += 2;
                                continue;
                            }

                            position++;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                        position++;
                    }

                    while (position < end && text[position] == ' ')
                    {
                        position++;
                    }

                    if (position < end && text[position] is not (',' or '\r' or '\n'))
                    {
                        return (records, line, string.Create(CultureInfo.InvariantCulture,
                            $"unexpected character '{text[position]}' after the closing quote of field {fields.Count + 1}"));
                    }
                }
                else
                {
                    while (position < end && text[position] is not (',' or '\r' or '\n'))
                    {
                        if (text[position] == '"')
                        {
                            return (records, line, string.Create(CultureInfo.InvariantCulture,
                                $"a quote inside the unquoted field {fields.Count + 1}"));
                        }

                        field.Append(text[position]);
                        position++;
                    }
                }

                fields.Add(Clean(field, quoted));
                if (position < end && text[position] == ',')
                {
                    position++;
                    continue;
                }

                break;
            }

            records.Add(new CsvRecord(recordLine, [.. fields]));
            if (position < end)
            {
                position = SkipLineEnd(text, position, ref line);
            }
        }

        return (records, 0, null);
    }

    private static int SkipLineEnd(string text, int position, ref int line)
    {
        if (text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        line++;
        return position;
    }

    private static string? Clean(StringBuilder field, bool quoted)
    {
        // A quoted field is kept as written (a remark cut at 1,000 characters may end in a space that its
        // continuation needs); unquoted fields carry padding ("-0- ") and are trimmed.
        var value = field.ToString();
        var trimmed = value.Trim();
        return trimmed.Length == 0 || trimmed == "-0-" ? null : quoted ? value : trimmed;
    }
}
