using System.Text;

namespace Custos.Domain.Common;

/// <summary>
/// The one conversion between enum members and their stable external spelling (<c>NationalId</c> ↔ <c>national-id</c>),
/// used by files, the database and the API alike. Ordinal and culture-free.
/// </summary>
public static class KebabCase
{
    public static string Format<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
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

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (!string.IsNullOrEmpty(text))
        {
            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(Format(candidate), text, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Format(v)))}.");
}
