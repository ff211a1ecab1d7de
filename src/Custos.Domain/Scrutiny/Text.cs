using Custos.Domain.Common;

namespace Custos.Domain.Scrutiny;

/// <summary>Culture-free text helpers for rule checks.</summary>
internal static class Text
{
    /// <summary>The text is present and is not one of the placeholders that mean "not given".</summary>
    public static bool IsGiven(string? text, IReadOnlyList<string> placeholders)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        foreach (var placeholder in placeholders)
        {
            if (trimmed.Equals(placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The keywords of <paramref name="keywords"/> found in <paramref name="text"/>, ordinal and case-insensitive.</summary>
    public static List<string> Found(string? text, IReadOnlyList<string> keywords)
    {
        var found = new List<string>();
        if (!string.IsNullOrEmpty(text))
        {
            foreach (var keyword in keywords)
            {
                if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(keyword);
                }
            }
        }

        return found;
    }

    public static string List<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(", ", values.Select(KebabCase.Format));

    /// <summary>A legal process for a message: its kebab-case name, or what "none" means.</summary>
    public static string Process(Requests.LegalProcessType process) =>
        process == Requests.LegalProcessType.None ? "request with no legal process" : KebabCase.Format(process);

    /// <summary>The domain part of an address, lower-cased; null when there is none.</summary>
    public static string? DomainOf(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return (at >= 0 ? email[(at + 1)..] : email).Trim().ToLowerInvariant();
    }
}
