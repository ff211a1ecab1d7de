using CsvHelper;
using Custos.Domain.Common;

namespace Custos.Application.Sanctions.Screening;

/// <summary>
/// Reads a CSV file with a header row into rows of the named columns (in the order asked for; an optional column
/// absent from the header reads as empty, columns not asked for are ignored). Problems name the file and the line.
/// </summary>
internal static class CsvInput
{
    /// <summary>One data row: its line and its values in the order of the columns asked for (null when empty).</summary>
    internal sealed record Row(long Line, string?[] Values);

    public static Result<List<Row>> Read(string path, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return SanctionsErrors.FileNotFound(path);
        }

        var errors = new List<Error>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => errors.Add(SanctionsErrors.CsvMalformed(name, m.LineNumber, "malformed CSV (" + m.Reason + ")")),
        };
        using var reader = CsvReader.FromFile(path, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToArray();
        var columns = required.Concat(optional).ToArray();
        var positions = new int[columns.Length];
        var expected = string.Join(",", columns);
        for (var c = 0; c < columns.Length; c++)
        {
            positions[c] = Array.FindIndex(headers, h => string.Equals(h, columns[c], StringComparison.OrdinalIgnoreCase));
            if (positions[c] < 0 && c < required.Count)
            {
                errors.Add(SanctionsErrors.CsvMissingColumn(name, columns[c], expected));
            }
        }

        if (errors.Count > 0)
        {
            return Result<List<Row>>.Failure(errors);
        }

        var rows = new List<Row>();
        while (reader.Read())
        {
            if (reader.FieldCount != headers.Length)
            {
                if (reader.FieldCount == 1 && reader.IsEmpty(0))
                {
                    continue; // a blank line
                }

                errors.Add(SanctionsErrors.CsvRow(name, reader.LineNumber, "row",
                    $"the row has {reader.FieldCount} fields but the header has {headers.Length}"));
                continue;
            }

            var values = new string?[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                values[c] = positions[c] < 0 || reader.IsEmpty(positions[c]) ? null : reader.GetString(positions[c]);
            }

            rows.Add(new Row(reader.LineNumber, values));
        }

        return errors.Count > 0 ? Result<List<Row>>.Failure(errors.Take(20).ToList()) : rows;
    }
}
