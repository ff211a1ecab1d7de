using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Scrutiny;

/// <summary>A calendar date as <c>yyyy-MM-dd</c>, and only a real one (<c>2021-02-30</c> is an error).</summary>
internal sealed class IsoDateJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date (yyyy-MM-dd, a real day).");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
