using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Scrutiny;

/// <summary>Skips a value unread (whatever it is) and leaves the default: for fields Custos sets itself.</summary>
internal sealed class IgnoredValueConverter<T> : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return default;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Fields set by Custos are never written from an agency submission.");
}
