namespace Custos.Application.Agencies;

/// <summary>
/// Reputation flags on an agency: kebab-case tokens. The well-known ones are listed here; others may be used when none
/// fits (the note says what happened).
/// </summary>
public static class ReputationFlags
{
    /// <summary>Fraudulent requests were received in the agency's name before (for example from a compromised mailbox).</summary>
    public const string EarlierFraud = "earlier-fraud";

    /// <summary>Mail pretending to be from one of the agency's domains (look-alike or forged sender) was seen.</summary>
    public const string SpoofedDomain = "spoofed-domain";

    /// <summary>Forged legal documents were presented in the agency's name.</summary>
    public const string ForgedDocuments = "forged-documents";

    /// <summary>The agency has used data requests against journalists, activists, opposition or minorities.</summary>
    public const string PoliticalMisuse = "political-misuse";

    /// <summary>Sends informal requests (meetings, calls, messages to employees) instead of written legal process.</summary>
    public const string InformalPressure = "informal-pressure";

    public static IReadOnlyList<string> WellKnown { get; } = [EarlierFraud, SpoofedDomain, ForgedDocuments, PoliticalMisuse, InformalPressure];

    /// <summary>Whether <paramref name="flag"/> is a kebab-case token of 2 to 40 characters (<c>earlier-fraud</c>).</summary>
    public static bool IsValid(string? flag) =>
        flag is { Length: >= 2 and <= 40 } &&
        char.IsAsciiLetterLower(flag[0]) && char.IsAsciiLetterLower(flag[^1]) &&
        !flag.Contains("--", StringComparison.Ordinal) &&
        flag.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The stored space-separated form, as a list.</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        (stored ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Format(IEnumerable<string> flags) =>
        string.Join(' ', flags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
