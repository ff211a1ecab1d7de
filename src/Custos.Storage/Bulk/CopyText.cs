using System.Globalization;
using System.Text;

namespace Custos.Storage.Bulk;

/// <summary>
/// Writes rows in PostgreSQL's COPY text format (tab-separated, <c>\N</c> for null, backslash escapes), so that rows
/// can be formatted on any thread and sent on the one connection of the import's transaction as plain text.
/// </summary>
internal static class CopyText
{
    /// <summary>Appends one row: the source line first when <paramref name="line"/> is given, then the values.</summary>
    public static void AppendRow(StringBuilder into, long? line, object?[] values, IReadOnlyList<(string Column, ColumnKind Kind)> columns)
    {
        if (line is { } number)
        {
            into.Append(number.ToString(CultureInfo.InvariantCulture)).Append('\t');
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                into.Append('\t');
            }

            Append(into, values[i], columns[i].Kind);
        }

        into.Append('\n');
    }

    private static void Append(StringBuilder into, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                into.Append("\\N");
                break;
            case string text when kind == ColumnKind.Text:
                AppendEscaped(into, text);
                break;
            case string:
                throw new InvalidOperationException($"A string for a {kind} column.");
            case DateTimeOffset instant:
                // ISO 8601 in UTC with microseconds: read the same whatever the server's DateStyle and time zone.
                into.Append(instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)).Append("+00");
                break;
            case DateOnly date:
                into.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case decimal number:
                into.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                into.Append(flag ? 't' : 'f');
                break;
            case int integer:
                into.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"No PostgreSQL text form for {value.GetType().Name}.");
        }
    }

    /// <summary>Backslash, tab, line feed and carriage return are escaped; everything else is as it is.</summary>
    private static void AppendEscaped(StringBuilder into, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = text[i] switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => null,
            };
            if (escape is not null)
            {
                into.Append(text, start, i - start).Append(escape);
                start = i + 1;
            }
        }

        into.Append(text, start, text.Length - start);
    }
}
