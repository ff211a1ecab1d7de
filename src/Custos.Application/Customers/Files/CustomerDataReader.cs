using Custos.Domain.Common;
using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Reads a customer data set in the documented format (<c>docs/customer-data.md</c>): a directory of CSV files or one
/// JSON file. Files are read sequentially, row by row; every value is checked, keys must be unique within the set and
/// every account id an item refers to must be a customer of the set (or one <see cref="CustomerDataReadOptions.AccountExists"/>
/// knows). Errors name the file, the line and the field; reading stops after <see cref="CustomerDataReadOptions.MaxErrors"/>.
/// </summary>
public sealed class CustomerDataReader
{
    private readonly CustomerDataReadOptions _options;

    public CustomerDataReader(CustomerDataReadOptions? options = null)
    {
        _options = options ?? new CustomerDataReadOptions();
        _options.Validate();
    }

    /// <summary>Reads a directory of CSV files, or a <c>.json</c> file, depending on what <paramref name="path"/> is.</summary>
    public Result<CustomerDataSet> Read(string path, IProgress<CustomerDataReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return ReadDirectory(path, progress, cancellationToken);
        }

        if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(path, progress, cancellationToken);
        }

        return CustomerDataErrors.NoSuchPath(path);
    }

    /// <summary>
    /// Reads a directory of CSV files or a <c>.json</c> file without keeping the records: each record that passes its
    /// field checks goes to <paramref name="sink"/> with the line of its key, in file order. Keys and references are
    /// not checked (the caller checks them, e.g. in SQL); the returned session holds the field errors.
    /// </summary>
    internal ReadSession Stream(string path, Action<object, long> sink, IProgress<CustomerDataReadProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(sink);
        var session = new ReadSession(_options, sink);
        if (Directory.Exists(path))
        {
            CsvCustomerDataReader.ReadDirectory(path, session, progress, cancellationToken);
        }
        else if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            JsonCustomerDataReader.Read(path, session, progress, cancellationToken);
        }
        else
        {
            session.Add(CustomerDataErrors.NoSuchPath(path));
        }

        return session;
    }

    /// <summary>
    /// The independent parts of a streaming read (<see cref="Stream"/>), to be read in parallel: a part per CSV file of
    /// a directory, or the whole JSON file. Each part reads into a session of its own; their errors, taken in the
    /// order of the parts, are the errors <see cref="Stream"/> would give. When the path itself is refused, the
    /// returned session holds the error and there are no parts.
    /// </summary>
    internal (IReadOnlyList<StreamPart> Parts, ReadSession Refusal) StreamParts(string path, IProgress<CustomerDataReadProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var refusal = new ReadSession(_options, static (_, _) => { });
        if (Directory.Exists(path))
        {
            var files = CsvCustomerDataReader.Files(path, refusal) ?? [];
            return (files.Select(f => new StreamPart(Path.GetFileName(f.Path), new FileInfo(f.Path).Length, sink =>
            {
                var session = new ReadSession(_options, sink);
                CsvCustomerDataReader.ReadFile(f.Path, f.Schema, session, progress, cancellationToken);
                return session;
            })).ToList(), refusal);
        }

        if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ([new StreamPart(Path.GetFileName(path), new FileInfo(path).Length, sink =>
            {
                var session = new ReadSession(_options, sink);
                JsonCustomerDataReader.Read(path, session, progress, cancellationToken);
                return session;
            })], refusal);
        }

        refusal.Add(CustomerDataErrors.NoSuchPath(path));
        return ([], refusal);
    }

    /// <summary>Reads the CSV form: <c>customers.csv</c> (required) and the optional item files of a directory.</summary>
    public Result<CustomerDataSet> ReadDirectory(string directory, IProgress<CustomerDataReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var session = new ReadSession(_options);
        CsvCustomerDataReader.ReadDirectory(directory, session, progress, cancellationToken);
        return session.ToResult();
    }

    /// <summary>Reads the JSON form from one file.</summary>
    public Result<CustomerDataSet> ReadJson(string path, IProgress<CustomerDataReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return CustomerDataErrors.NoSuchPath(path);
        }

        var session = new ReadSession(_options);
        JsonCustomerDataReader.Read(path, session, progress, cancellationToken);
        return session.ToResult();
    }
}
