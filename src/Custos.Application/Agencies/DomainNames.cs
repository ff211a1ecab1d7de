using System.Globalization;

namespace Custos.Application.Agencies;

/// <summary>
/// Official e-mail domains as Custos stores them: lower-case ASCII (internationalised names in their <c>xn--</c> form),
/// at least two labels of letters, digits and inner hyphens, no trailing dot.
/// </summary>
public static class DomainNames
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>The stored form of <paramref name="text"/>, or null when it is not a syntactically valid domain name.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (ascii.Length > 253)
        {
            return null;
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || !labels.All(IsLabel))
        {
            return null;
        }

        // A top-level domain is never all digits (that would be an IP address).
        return labels[^1].All(char.IsAsciiDigit) ? null : ascii;
    }

    private static bool IsLabel(string label) =>
        label.Length is >= 1 and <= 63 &&
        label[0] != '-' && label[^1] != '-' &&
        label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
