using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Scrutiny;

/// <summary>
/// An instant as ISO 8601 with <c>Z</c> or an offset (<c>2021-04-20T09:00:00Z</c>), or a date alone (midnight UTC).
/// A time without a zone is refused: it would depend on the machine's time zone.
/// </summary>
internal sealed class IsoDateTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is { Length: 10 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (text is not null && (text.EndsWith('Z') || HasOffset(text))
            && DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw new JsonException($"'{text}' is not a date (yyyy-MM-dd) or a date and time with Z or an offset (2021-04-20T09:00:00Z).");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text) =>
        text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':';
}
