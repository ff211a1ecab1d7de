using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>Writes one item's records as its JSON and its CSV file, in one pass over the records.</summary>
internal static class ItemFiles
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>
    /// The JSON file: the request, the target as the request named it, the category, the approved range, the number of
    /// records and the records, each an object whose values are strings (exactly the CSV's text, so amounts keep every
    /// digit) or null. The CSV file: a header row of the snake_case names, then one row per record (RFC 4180 quoting, LF
    /// line ends; absent values empty).
    /// </summary>
    public static void Write(Stream jsonDestination, Stream csvDestination, PackageContents contents, ProducedItemData item)
    {
        using var json = new Utf8JsonWriter(jsonDestination, JsonOptions);
        using var csv = CsvWriter.Create(csvDestination, CsvOptions, true);
        json.WriteStartObject();
        json.WriteString("request", contents.RequestId);
        json.WriteString("reference", contents.RequestReference);
        json.WriteStartObject("target");
        json.WriteNumber("index", item.Item.Target);
        json.WriteString("type", KebabCase.Format(item.Target.Type));
        json.WriteString("value", item.Target.Value);
        json.WriteEndObject();
        json.WriteString("category", KebabCase.Format(item.Item.Category));
        json.WriteStartObject("dateRange");
        json.WriteString("from", item.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", item.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteNumber("count", item.Records.Count);
        json.WriteStartArray("records");
        csv.WriteHeader([.. item.Records.Fields.Select(f => f.CsvName)]);
        var names = item.Records.Fields.Select(f => JsonEncodedText.Encode(f.JsonName, JsonOptions.Encoder)).ToArray();
        foreach (var row in item.Records.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                var cell = row.Cells[i];
                json.WriteString(names[i], cell);
                csv.WriteField(cell ?? "");
            }

            json.WriteEndObject();
            csv.EndRecord();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        jsonDestination.WriteByte((byte)'\n');
    }
}
