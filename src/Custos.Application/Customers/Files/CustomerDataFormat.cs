using System.Globalization;

namespace Custos.Application.Customers.Files;

/// <summary>The text forms of dates, timestamps and amounts in the customer data files, shared by the reader and the writer.</summary>
internal static class CustomerDataFormat
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>ISO 8601 with an offset; the fraction of a second is optional (up to 7 digits).</summary>
    private static readonly string[] s_timestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? FormatDate(DateOnly? date) => date is { } d ? FormatDate(d) : null;

    /// <summary>Keeps the offset as given; a zero offset is written <c>Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string FormatDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? FormatDecimal(decimal? value) => value is { } d ? FormatDecimal(d) : null;

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTimestamp(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, s_timestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
