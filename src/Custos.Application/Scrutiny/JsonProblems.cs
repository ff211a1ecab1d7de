using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Custos.Application.Scrutiny;

/// <summary>
/// Turns what System.Text.Json says about bad input into words for the person who sent it: the field, and what was
/// expected there — never a .NET type name, a byte position or the parser's own phrasing.
/// </summary>
internal static partial class JsonProblems
{
    /// <summary>The field (a JSON path such as <c>$.targets[0].type</c>) and what was wrong with it.</summary>
    public static (string Field, string Message) Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = exception.Path is { Length: > 0 } p ? p : "$";
        var message = exception.Message;
        if (exception.InnerException is null && exception.LineNumber is { } line && exception.BytePositionInLine is { } column &&
            exception.Path is null)
        {
            // The text is not JSON at all: say where, in lines and columns a person counts from 1.
            return ("$", string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {line + 1}, column {column + 1}: {Syntax(message)}"));
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return (path, names.Length == 1 ? $"the required field '{names[0]}' is missing." : $"the required fields {string.Join(", ", names.Select(n => $"'{n}'"))} are missing.");
        }

        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            return (path, $"'{unknown.Groups[1].Value}' is not a field of the request format (check its spelling; unknown fields are refused so that nothing is silently dropped).");
        }

        if (Duplicate().Match(message) is { Success: true } duplicate)
        {
            return (path, $"'{duplicate.Groups[1].Value}' appears more than once; give each field once.");
        }

        if (NullNotAllowed().Match(message) is { Success: true } nulled)
        {
            return (path, $"'{nulled.Groups[1].Value}' cannot be null; leave it out or give a value.");
        }

        if (CouldNotConvert().Match(message) is { Success: true } conversion)
        {
            return (path, $"expected {Expected(conversion.Groups[1].Value)}.");
        }

        // Our own converters already speak plainly ("'2021-02-30' is not a date …"); keep their words, drop the path tail.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (path, cut > 0 ? message[..cut] : message);
    }

    private static string Syntax(string message) =>
        message.Contains("Expected depth to be zero", StringComparison.Ordinal) ? "the text ends before every { and [ is closed."
        : message.Contains("after a single JSON value", StringComparison.Ordinal) ? "there is more text after the end of the JSON."
        : message.Contains("Duplicate", StringComparison.Ordinal) && Duplicate().Match(message) is { Success: true } d ? $"'{d.Groups[1].Value}' appears more than once."
        : message.Contains("invalid start of a value", StringComparison.Ordinal) ? "a value cannot start with this character."
        : message.Contains("Expected a ':'", StringComparison.Ordinal) ? "a ':' is missing after a field name."
        : message.Contains("Expected either ','", StringComparison.Ordinal) ? "a ',' or a closing bracket is missing."
        : message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) ? "there is a comma before a closing bracket."
        : message.Contains("end of data", StringComparison.OrdinalIgnoreCase) || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase)
            ? "the text ends in the middle of a value."
        : message.Contains("property name", StringComparison.OrdinalIgnoreCase) ? "a field name must be a string in double quotes."
        : message.Contains("invalid", StringComparison.OrdinalIgnoreCase) && message.Contains("string", StringComparison.OrdinalIgnoreCase)
            ? "a string holds a character that must be escaped, or an invalid escape."
        : "this is not how JSON is written here.";

    /// <summary>What a .NET type means to someone writing JSON.</summary>
    private static string Expected(string typeName) =>
        typeName.Contains("Int32", StringComparison.Ordinal) || typeName.Contains("Int64", StringComparison.Ordinal) ? "a whole number"
        : typeName.Contains("Decimal", StringComparison.Ordinal) || typeName.Contains("Double", StringComparison.Ordinal) ? "a number"
        : typeName.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
        : typeName.Contains("DateOnly", StringComparison.Ordinal) ? "a date such as 2021-04-20"
        : typeName.Contains("DateTimeOffset", StringComparison.Ordinal) ? "a date and time such as 2021-04-20T09:00:00Z"
        : typeName.Contains("IReadOnlyList", StringComparison.Ordinal) || typeName.Contains("List`", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal)
            ? "a list ([ … ])"
        : typeName.Contains("String", StringComparison.Ordinal) ? "text in double quotes"
        : "an object ({ … })";

    [GeneratedRegex(@"missing required properties[^:]*:\s*([^.]*?)\.?\s*(Path:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"[Dd]uplicate property '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"property or field '([^']*)'.*?doesn't allow (getting|setting) null", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"The JSON value could not be converted to ([^.\s]+(\.[^.\s]+)*)\.", RegexOptions.CultureInvariant)]
    private static partial Regex CouldNotConvert();
}
