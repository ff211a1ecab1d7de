using Custos.Domain.Common;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Stable error codes of reading customer data files. Every message names the file, the line (1-based, the CSV header
/// is line 1) and the field, so an operator can find and fix the input.
/// </summary>
public static class CustomerDataErrors
{
    public const string NotFound = "customers.import.not-found";
    public const string MalformedCsv = "customers.import.malformed-csv";
    public const string MalformedJson = "customers.import.malformed-json";
    public const string MissingColumn = "customers.import.missing-column";
    public const string UnknownColumn = "customers.import.unknown-column";
    public const string DuplicateColumn = "customers.import.duplicate-column";
    public const string FieldCount = "customers.import.field-count";
    public const string MissingValue = "customers.import.missing-value";
    public const string InvalidField = "customers.import.invalid-field";
    public const string DuplicateKey = "customers.import.duplicate-key";
    public const string UnknownAccount = "customers.import.unknown-account";
    public const string UnknownProperty = "customers.import.unknown-property";
    public const string UnsupportedVersion = "customers.import.unsupported-version";
    public const string TooManyErrors = "customers.import.too-many-errors";

    /// <summary>An error at a place in a file: <c>transactions.csv line 1234, field amount: 'abc' is not a decimal number</c>.</summary>
    internal static Error At(string code, string file, long line, string? field, string problem) =>
        Error.Invalid(code, field is null ? $"{file} line {line}: {problem}" : $"{file} line {line}, field {field}: {problem}", field);

    internal static Error NoSuchPath(string path) =>
        Error.NotFound(NotFound, $"'{path}' is neither a directory holding {CustomerDataFiles.Customers} nor a .json file.");
}
