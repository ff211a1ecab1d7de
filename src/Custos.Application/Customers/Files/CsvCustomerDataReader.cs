using CsvHelper;

namespace Custos.Application.Customers.Files;

/// <summary>Reads the CSV form: a directory of files with a header row, read row by row with field access by index.</summary>
internal static class CsvCustomerDataReader
{
    private static readonly CustomerFileSchema[] s_schemas =
    [
        CustomerFileSchema.Customers, CustomerFileSchema.ResidencePermits, CustomerFileSchema.KycDocuments,
        CustomerFileSchema.Wallets, CustomerFileSchema.Transactions, CustomerFileSchema.Logins, CustomerFileSchema.Holdings,
    ];

    public static void ReadDirectory(string directory, ReadSession session, IProgress<CustomerDataReadProgress>? progress,
        CancellationToken cancellationToken)
    {
        var anyFile = s_schemas.Any(schema => File.Exists(Path.Combine(directory, schema.FileName)));
        foreach (var schema in s_schemas)
        {
            var path = Path.Combine(directory, schema.FileName);
            if (!File.Exists(path))
            {
                if (ReferenceEquals(schema, CustomerFileSchema.Customers) && !(session.Options.CustomersOptional && anyFile))
                {
                    session.Add(CustomerDataErrors.NoSuchPath(directory));
                    return;
                }

                continue;
            }

            ReadFile(path, schema, session, progress, cancellationToken);
            if (session.Full)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The files of a directory in reading order, each to be read on its own (<see cref="ReadFile"/>); null, with the
    /// error in <paramref name="session"/>, when <c>customers.csv</c> is missing and may not be.
    /// </summary>
    public static IReadOnlyList<(string Path, CustomerFileSchema Schema)>? Files(string directory, ReadSession session)
    {
        var anyFile = s_schemas.Any(schema => File.Exists(Path.Combine(directory, schema.FileName)));
        var files = new List<(string, CustomerFileSchema)>();
        foreach (var schema in s_schemas)
        {
            var path = Path.Combine(directory, schema.FileName);
            if (File.Exists(path))
            {
                files.Add((path, schema));
            }
            else if (ReferenceEquals(schema, CustomerFileSchema.Customers) && !(session.Options.CustomersOptional && anyFile))
            {
                session.Add(CustomerDataErrors.NoSuchPath(directory));
                return null;
            }
        }

        return files;
    }

    public static void ReadFile(string path, CustomerFileSchema schema, ReadSession session,
        IProgress<CustomerDataReadProgress>? progress, CancellationToken cancellationToken)
    {
        var fileName = schema.FileName;
        var totalBytes = new FileInfo(path).Length;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => session.Add(CustomerDataErrors.MalformedCsv, fileName, m.LineNumber, null, Describe(m.Reason)),
        };
        using var reader = CsvReader.FromFile(path, options);
        var headers = reader.Headers.ToArray();
        if (headers.Length == 0 && totalBytes == 0 && !ReferenceEquals(schema, CustomerFileSchema.Customers))
        {
            progress?.Report(new CustomerDataReadProgress(fileName, 0, 0, 0, Completed: true));
            return; // an empty optional file holds no records
        }

        var columnOf = MapHeader(headers, schema, session);
        if (columnOf is null)
        {
            return;
        }

        var fields = new RecordFields(schema, session, fileName);
        var interval = session.Options.ProgressInterval;
        long rows = 0;
        while (!session.Full && reader.Read())
        {
            var line = reader.LineNumber;
            if (reader.FieldCount != headers.Length)
            {
                session.Add(CustomerDataErrors.FieldCount, fileName, line, null,
                    $"the row has {reader.FieldCount} fields but the header has {headers.Length}");
                continue;
            }

            fields.Reset(line);
            for (var i = 0; i < columnOf.Length; i++)
            {
                if (!reader.IsEmpty(i))
                {
                    fields.Set(columnOf[i], reader.GetString(i), line);
                }
            }

            CustomerRecordBuilder.Add(fields);
            if (++rows % interval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new CustomerDataReadProgress(fileName, rows, reader.ByteOffset, totalBytes, Completed: false));
            }
        }

        progress?.Report(new CustomerDataReadProgress(fileName, rows, totalBytes, totalBytes, Completed: true));
    }

    /// <summary>The schema column of each header column, or null (with errors) when the header is wrong.</summary>
    private static int[]? MapHeader(string[] headers, CustomerFileSchema schema, ReadSession session)
    {
        var fileName = schema.FileName;
        var columnOf = new int[headers.Length];
        var seen = new bool[schema.Columns.Count];
        var ok = true;
        for (var i = 0; i < headers.Length; i++)
        {
            if (!schema.TryGetCsvColumn(headers[i], out var column))
            {
                var expected = string.Join(", ", schema.Columns.Select(c => c.CsvName));
                session.Add(CustomerDataErrors.UnknownColumn, fileName, 1, headers[i],
                    $"unknown column '{headers[i]}' (column {i + 1}); the columns of {fileName} are: {expected}");
                ok = false;
                continue;
            }

            if (seen[column])
            {
                session.Add(CustomerDataErrors.DuplicateColumn, fileName, 1, headers[i], $"column '{headers[i]}' appears more than once");
                ok = false;
            }

            seen[column] = true;
            columnOf[i] = column;
        }

        for (var c = 0; c < seen.Length; c++)
        {
            if (!seen[c] && schema.Columns[c].Required)
            {
                session.Add(CustomerDataErrors.MissingColumn, fileName, 1, schema.Columns[c].CsvName,
                    $"required column '{schema.Columns[c].CsvName}' is missing from the header");
                ok = false;
            }
        }

        return ok ? columnOf : null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (enclose the field in quotes and double the quote: \"a\"\"b\")",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        CsvMalformedReason.FieldCountMismatch => "the row has a different number of fields than the header",
        _ => $"malformed CSV ({reason})",
    };
}
