using System.Net;
using Custos.Domain.Common;

namespace Custos.Application.Customers.Files;

/// <summary>
/// The raw text values of one record (a CSV row or a JSON object) with the line each came from, and the typed
/// accessors that check a value and report what is wrong with it. Reused from record to record.
/// </summary>
internal sealed class RecordFields
{
    private const int MaxEchoedLength = 60;
    private readonly string?[] _values;
    private readonly long[] _lines;
    private readonly bool[] _failed;

    private readonly bool _jsonNames;

    public RecordFields(CustomerFileSchema schema, ReadSession session, string fileName, bool jsonNames = false)
    {
        _jsonNames = jsonNames;
        Schema = schema;
        Session = session;
        FileName = fileName;
        _values = new string?[schema.Columns.Count];
        _lines = new long[schema.Columns.Count];
        _failed = new bool[schema.Columns.Count];
    }

    public CustomerFileSchema Schema { get; }

    public ReadSession Session { get; }

    public string FileName { get; }

    /// <summary>The line where the record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Whether any value of the current record was wrong: the record is not added.</summary>
    public bool HasErrors { get; private set; }

    public void Reset(long line)
    {
        Array.Clear(_values);
        Array.Fill(_lines, line);
        Array.Clear(_failed);
        Line = line;
        HasErrors = false;
    }

    public void Set(int column, string? value, long line)
    {
        _values[column] = value;
        _lines[column] = line;
    }

    /// <summary>Reports a problem with a value; a value already reported is not reported again.</summary>
    public void Fail(int column, string problem, string code = CustomerDataErrors.InvalidField)
    {
        HasErrors = true;
        if (_failed[column])
        {
            return;
        }

        _failed[column] = true;
        var name = _jsonNames ? Schema.Columns[column].JsonName : Schema.Columns[column].CsvName;
        Session.Add(code, FileName, _lines[column], name, problem);
    }

    /// <summary>The line a value of the current record came from (the record's line when the value was absent).</summary>
    public long LineOf(int column) => _lines[column];

    /// <summary>The value as read, unchecked.</summary>
    public string? Raw(int column) => _values[column];

    /// <summary>The value, or null when it is absent, empty or only whitespace; fails when the column is required.</summary>
    public string? Text(int column)
    {
        var value = _values[column];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Schema.Columns[column].Required)
            {
                Fail(column, "a value is required", CustomerDataErrors.MissingValue);
            }

            return null;
        }

        return value;
    }

    /// <summary>A required text; an empty string after a failure (the record is then dropped).</summary>
    public string RequiredText(int column) => Text(column) ?? "";

    public string? Country(int column)
    {
        var value = Text(column);
        if (value is not null && !(value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])))
        {
            Fail(column, $"{Echo(value)} is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. DE)");
        }

        return value;
    }

    public string Asset(int column)
    {
        var value = RequiredText(column);
        if (value.Length > 0 && (value.Length > 16 || !value.All(static c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))))
        {
            Fail(column, $"{Echo(value)} is not an asset code (1 to 16 upper-case letters or digits, e.g. BTC)");
        }

        return value;
    }

    public DateOnly? Date(int column)
    {
        var value = Text(column);
        if (value is null)
        {
            return null;
        }

        if (!CustomerDataFormat.TryParseDate(value, out var date))
        {
            Fail(column, $"{Echo(value)} is not a date in the form yyyy-MM-dd (e.g. 2021-04-20)");
            return null;
        }

        return date;
    }

    public DateOnly RequiredDate(int column) => Date(column) ?? default;

    public DateTimeOffset Timestamp(int column)
    {
        var value = Text(column);
        if (value is null)
        {
            return default;
        }

        if (!CustomerDataFormat.TryParseTimestamp(value, out var timestamp))
        {
            Fail(column, $"{Echo(value)} is not an ISO 8601 timestamp with an offset (e.g. 2021-04-20T09:00:00Z or 2021-04-20T12:00:00+03:00)");
            return default;
        }

        return timestamp;
    }

    public decimal? Amount(int column)
    {
        var value = Text(column);
        if (value is null)
        {
            return null;
        }

        if (!CustomerDataFormat.TryParseDecimal(value, out var amount))
        {
            Fail(column, $"{Echo(value)} is not a decimal number (digits with an optional '.' and no thousands separator, e.g. 0.015)");
            return null;
        }

        if (amount < 0)
        {
            Fail(column, $"{Echo(value)} is negative; amounts are never negative (the kind says the direction)");
            return null;
        }

        return amount;
    }

    public decimal RequiredAmount(int column) => Amount(column) ?? 0m;

    public TEnum Enum<TEnum>(int column)
        where TEnum : struct, Enum
    {
        var value = Text(column);
        if (value is null)
        {
            return default;
        }

        if (!KebabCase.TryParse<TEnum>(value, out var result))
        {
            Fail(column, $"{Echo(value)} is not one of: {KebabCase.AllowedValues<TEnum>()}");
        }

        return result;
    }

    public string IpAddress(int column)
    {
        var value = RequiredText(column);
        if (value.Length > 0 && !IPAddress.TryParse(value, out _))
        {
            Fail(column, $"{Echo(value)} is not an IPv4 or IPv6 address");
        }

        return value;
    }

    public string? Email(int column)
    {
        var value = Text(column);
        if (value is not null && (value.IndexOf('@', StringComparison.Ordinal) <= 0 || value.Any(char.IsWhiteSpace)))
        {
            Fail(column, $"{Echo(value)} is not an e-mail address");
        }

        return value;
    }

    /// <summary>Checks that an account id refers to a customer in the set, or to one the caller says exists.</summary>
    public void CheckAccountReference(int column, string accountId)
    {
        if (accountId.Length > 0 && !Session.AccountKnown(accountId))
        {
            Fail(column, $"account '{accountId}' is not in {CustomerDataFiles.Customers} and does not exist already",
                CustomerDataErrors.UnknownAccount);
        }
    }

    private static string Echo(string value) =>
        value.Length <= MaxEchoedLength ? $"'{value}'" : $"'{value[..MaxEchoedLength]}…'";
}
