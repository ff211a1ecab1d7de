using System.Collections.Frozen;
using System.Text;

namespace Custos.Domain.Common;

/// <summary>
/// The one conversion between enum members and their stable external spelling (<c>NationalId</c> ↔ <c>national-id</c>),
/// used by files, the database, the API and the pages alike. Ordinal and culture-free; each enum's table is computed
/// once, so a conversion costs one dictionary look-up.
/// </summary>
public static class KebabCase
{
    /// <summary>The kebab-case text of <paramref name="value"/> (a value the enum does not define is written as its number, as <see cref="Enum.ToString()"/> does).</summary>
    public static string Format<TEnum>(TEnum value) where TEnum : struct, Enum => Table<TEnum>.Format(value);

    /// <summary>Parses the exact kebab-case spelling of a member (no other casing, no numbers).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (text is not null && Table<TEnum>.ByText.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses the exact kebab-case spelling of a member; throws <see cref="FormatException"/> listing the allowed values.</summary>
    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of: {AllowedValues<TEnum>()}.");

    /// <summary>Every member's spelling, comma-separated in declaration order, for messages and documentation.</summary>
    public static string AllowedValues<TEnum>() where TEnum : struct, Enum => Table<TEnum>.Allowed;

    /// <summary>The kebab-case form of a PascalCase identifier.</summary>
    public static string ToKebab(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static class Table<TEnum> where TEnum : struct, Enum
    {
        private static readonly TEnum[] Members = Enum.GetValues<TEnum>();

        public static readonly FrozenDictionary<string, TEnum> ByText =
            Members.ToFrozenDictionary(v => ToKebab(v.ToString()), v => v, StringComparer.Ordinal);

        private static readonly FrozenDictionary<TEnum, string> ByValue = ByText.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static readonly string Allowed = string.Join(", ", Members.Select(v => ByValue[v]));

        public static string Format(TEnum value) => ByValue.TryGetValue(value, out var text) ? text : value.ToString();
    }
}
