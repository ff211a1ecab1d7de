using System.Globalization;
using System.Text;

namespace Custos.Application.Customers.Files;

/// <summary>
/// The kebab-case text of an enum's members (<c>NationalId</c> ⇄ <c>national-id</c>), computed once per enum type so
/// that reading a row costs one dictionary look-up.
/// </summary>
internal static class KebabCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> s_byText = Enum.GetValues<TEnum>()
        .ToDictionary(v => ToKebab(v.ToString()), v => v, StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> s_byValue = s_byText.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The accepted values, for error messages and documentation.</summary>
    public static string AllowedValues { get; } = string.Join(", ", s_byText.Keys);

    public static bool TryParse(string text, out TEnum value) => s_byText.TryGetValue(text, out value);

    public static string Format(TEnum value) =>
        s_byValue.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    private static string ToKebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
