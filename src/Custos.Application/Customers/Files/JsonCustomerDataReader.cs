using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Reads the JSON form token by token in chunks (never the whole file at once), tracking line numbers so that errors
/// point at the line of the offending property. Items nested in a customer take its account id.
/// </summary>
internal sealed class JsonCustomerDataReader
{
    private enum Context { Start, Root, CustomersArray, Customer, NestedArray, NestedItem, End }

    private enum Expect { Nothing, FormatVersion, CustomersArray, CustomerValue, NestedArray, ItemValue, Skip }

    private readonly ReadSession _session;
    private readonly string _fileName;
    private readonly RecordFields _customer;
    private readonly List<RecordFields> _items = [];
    private Context _context = Context.Start;
    private Expect _expect = Expect.Nothing;
    private int _column;
    private int _skipDepth;
    private bool _versionSeen;
    private bool _customersSeen;
    private bool _fatal;
    private CustomerFileSchema _nested = CustomerFileSchema.Customers;
    private long _customerCount;

    private JsonCustomerDataReader(ReadSession session, string fileName)
    {
        _session = session;
        _fileName = fileName;
        _customer = new RecordFields(CustomerFileSchema.Customers, session, fileName, jsonNames: true);
    }

    public static void Read(string path, ReadSession session, IProgress<CustomerDataReadProgress>? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        new JsonCustomerDataReader(session, fileName).Run(stream, stream.Length, progress, cancellationToken);
    }

    private void Run(Stream stream, long totalBytes, IProgress<CustomerDataReadProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            int filled = 0, scanned = 0;
            long line = 1, discarded = 0, nextReport = _session.Options.ProgressInterval;
            var final = false;
            var start = true;
            while (true)
            {
                while (!final && filled < buffer.Length)
                {
                    var n = stream.Read(buffer, filled, buffer.Length - filled);
                    final = n == 0;
                    filled += n;
                }

                if (start)
                {
                    start = false;
                    if (filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    {
                        // A UTF-8 byte order mark is allowed and skipped.
                        Buffer.BlockCopy(buffer, 3, buffer, 0, filled - 3);
                        filled -= 3;
                        discarded = 3;
                    }
                }

                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                try
                {
                    while (reader.Read())
                    {
                        var tokenStart = (int)reader.TokenStartIndex;
                        line += buffer.AsSpan(scanned, tokenStart - scanned).Count((byte)'\n');
                        scanned = tokenStart;
                        Handle(ref reader, line);
                        if (_fatal || _session.Full)
                        {
                            return;
                        }
                    }
                }
                catch (JsonException ex)
                {
                    var at = ex.LineNumber is { } l ? l + 1 : line;
                    _session.Add(CustomerDataErrors.MalformedJson, _fileName, at, null, $"not valid JSON: {ex.Message}");
                    return;
                }
                catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
                {
                    // The reader checks a string's UTF-8 only when its text is read.
                    _session.Add(CustomerDataErrors.MalformedJson, _fileName, line, null, "not valid JSON: a string is not valid UTF-8 text");
                    return;
                }

                if (_customerCount >= nextReport)
                {
                    nextReport = _customerCount + _session.Options.ProgressInterval;
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new CustomerDataReadProgress(_fileName, _customerCount, discarded + reader.BytesConsumed, totalBytes, false));
                }

                if (final)
                {
                    break;
                }

                var consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                line += buffer.AsSpan(scanned, consumed - scanned).Count((byte)'\n');
                scanned = 0;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                discarded += consumed;
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2); // one token longer than the buffer
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            if (!_versionSeen)
            {
                _session.Add(CustomerDataErrors.UnsupportedVersion, _fileName, 1, "formatVersion",
                    $"the root object needs \"formatVersion\": {CustomerDataFiles.JsonFormatVersion}");
            }
            else if (!_customersSeen)
            {
                _session.Add(CustomerDataErrors.MissingValue, _fileName, 1, "customers", "the root object needs a \"customers\" array");
            }

            progress?.Report(new CustomerDataReadProgress(_fileName, _customerCount, totalBytes, totalBytes, true));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(ref Utf8JsonReader reader, long line)
    {
        var token = reader.TokenType;
        if (_skipDepth > 0)
        {
            _skipDepth += token is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1
                : token is JsonTokenType.EndObject or JsonTokenType.EndArray ? -1 : 0;
            return;
        }

        if (_expect != Expect.Nothing)
        {
            HandleValue(ref reader, line);
            return;
        }

        switch (_context, token)
        {
            case (Context.Start, JsonTokenType.StartObject):
                _context = Context.Root;
                break;
            case (Context.Root, JsonTokenType.PropertyName):
                var rootName = reader.GetString()!;
                _expect = rootName switch
                {
                    "formatVersion" => Expect.FormatVersion,
                    "customers" => Expect.CustomersArray,
                    _ => Unknown(rootName, line, "the root object has only \"formatVersion\" and \"customers\""),
                };
                break;
            case (Context.Root, JsonTokenType.EndObject):
                _context = Context.End;
                break;
            case (Context.CustomersArray, JsonTokenType.StartObject):
                _customer.Reset(line);
                _items.Clear();
                _context = Context.Customer;
                break;
            case (Context.CustomersArray, JsonTokenType.EndArray):
                _context = Context.Root;
                break;
            case (Context.Customer, JsonTokenType.PropertyName):
                var name = reader.GetString()!;
                if (CustomerFileSchema.Customers.TryGetJsonColumn(name, out _column))
                {
                    _expect = Expect.CustomerValue;
                }
                else if (Array.Find(CustomerFileSchema.Nested, s => s.JsonArrayName == name) is { } nested)
                {
                    _nested = nested;
                    _expect = Expect.NestedArray;
                }
                else
                {
                    _expect = Unknown(name, line, "see the customer properties in docs/customer-data.md");
                }

                break;
            case (Context.Customer, JsonTokenType.EndObject):
                FinishCustomer();
                _context = Context.CustomersArray;
                break;
            case (Context.NestedArray, JsonTokenType.StartObject):
                var item = new RecordFields(_nested, _session, _fileName, jsonNames: true);
                item.Reset(line);
                _items.Add(item);
                _context = Context.NestedItem;
                break;
            case (Context.NestedArray, JsonTokenType.EndArray):
                _context = Context.Customer;
                break;
            case (Context.NestedItem, JsonTokenType.PropertyName):
                var itemName = reader.GetString()!;
                var schema = _items[^1].Schema;
                _expect = schema.TryGetJsonColumn(itemName, out _column) && _column != schema.AccountIdColumn
                    ? Expect.ItemValue
                    : Unknown(itemName, line, $"items of \"{schema.JsonArrayName}\" take the account id of their customer and have the properties in docs/customer-data.md");
                break;
            case (Context.NestedItem, JsonTokenType.EndObject):
                _context = Context.NestedArray;
                break;
            default:
                Fatal(line, $"unexpected {token} here; see the structure in docs/customer-data.md");
                break;
        }
    }

    private void HandleValue(ref Utf8JsonReader reader, long line)
    {
        var expect = _expect;
        _expect = Expect.Nothing;
        var token = reader.TokenType;
        switch (expect)
        {
            case Expect.FormatVersion:
                _versionSeen = true;
                if (token != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != CustomerDataFiles.JsonFormatVersion)
                {
                    Fatal(line, $"formatVersion must be {CustomerDataFiles.JsonFormatVersion}; this version reads no other", "formatVersion",
                        CustomerDataErrors.UnsupportedVersion);
                }

                break;
            case Expect.CustomersArray:
            case Expect.NestedArray:
                if (token != JsonTokenType.StartArray)
                {
                    Fatal(line, "must be an array", expect == Expect.CustomersArray ? "customers" : _nested.JsonArrayName);
                    break;
                }

                _customersSeen |= expect == Expect.CustomersArray;
                _context = expect == Expect.CustomersArray ? Context.CustomersArray : Context.NestedArray;
                break;
            case Expect.CustomerValue:
            case Expect.ItemValue:
                var fields = expect == Expect.CustomerValue ? _customer : _items[^1];
                string? text = token switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.Null => null,
                    _ => Invalid(ref reader, fields, line),
                };
                fields.Set(_column, text, line);
                break;
            case Expect.Skip:
                _skipDepth = token is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0;
                break;
            default:
                throw new InvalidOperationException($"Unexpected state {expect}.");
        }
    }

    private string? Invalid(ref Utf8JsonReader reader, RecordFields fields, long line)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _skipDepth = 1;
        }

        fields.Set(_column, null, line);
        fields.Fail(_column, $"must be a string, a number or null, not {reader.TokenType}");
        return null;
    }

    private Expect Unknown(string name, long line, string hint)
    {
        _session.Add(CustomerDataErrors.UnknownProperty, _fileName, line, name, $"unknown property \"{name}\"; {hint}");
        return Expect.Skip;
    }

    private void FinishCustomer()
    {
        _customerCount++;
        var accountId = _customer.Raw(CustomerFileSchema.CustomerColumns.AccountId);
        CustomerRecordBuilder.Add(_customer);
        if (string.IsNullOrWhiteSpace(accountId))
        {
            return; // already reported; the items cannot be attributed
        }

        foreach (var item in _items)
        {
            item.Set(item.Schema.AccountIdColumn, accountId, item.Line);
            CustomerRecordBuilder.Add(item);
        }
    }

    private void Fatal(long line, string problem, string? field = null, string code = CustomerDataErrors.MalformedJson)
    {
        _session.Add(code, _fileName, line, field, problem);
        _fatal = true;
    }
}
