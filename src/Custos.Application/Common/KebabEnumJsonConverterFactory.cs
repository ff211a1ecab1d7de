using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Domain.Common;

namespace Custos.Application.Common;

/// <summary>
/// Enums in JSON as their kebab-case text (<c>in-person</c>), through <see cref="KebabCase"/>, the one spelling used by
/// files, the database, the API and the pages; anything else is an error listing the allowed values.
/// </summary>
public sealed class KebabEnumJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"expected one of: {KebabCase.AllowedValues<TEnum>()}.");
            }

            var text = reader.GetString();
            return KebabCase.TryParse<TEnum>(text, out var value) ? value : throw new JsonException($"'{text}' is not one of: {KebabCase.AllowedValues<TEnum>()}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(KebabCase.Format(value));
        }
    }
}
