using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Domain.Common;

namespace Custos.Application.Scrutiny;

/// <summary>Enums as their kebab-case text (<c>in-person</c>); anything else is an error listing the allowed values.</summary>
internal sealed class KebabEnumJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly string s_allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => KebabCase.Format(v)));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"expected one of: {s_allowed}.");
            }

            var text = reader.GetString();
            return KebabCase.TryParse<TEnum>(text, out var value) ? value : throw new JsonException($"'{text}' is not one of: {s_allowed}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(KebabCase.Format(value));
    }
}
