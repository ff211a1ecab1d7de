namespace Custos.Application.Agencies;

/// <summary>Official e-mail addresses of officers: checked for form and stored in lower case.</summary>
public static class EmailAddresses
{
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~.-";

    /// <summary>
    /// Reads <paramref name="text"/> as a plain address (<c>local@domain</c>, no display name, no quoting); on success
    /// gives the lower-case address and its domain as <see cref="DomainNames"/> stores it.
    /// </summary>
    public static bool TryNormalise(string? text, out string address, out string domain)
    {
        address = string.Empty;
        domain = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@') || trimmed.Length > 254)
        {
            return false;
        }

        var local = trimmed[..at].ToLowerInvariant();
        var normalisedDomain = DomainNames.Normalise(trimmed[(at + 1)..]);
        if (normalisedDomain is null || !IsLocalPart(local))
        {
            return false;
        }

        address = local + "@" + normalisedDomain;
        domain = normalisedDomain;
        return true;
    }

    private static bool IsLocalPart(string local) =>
        local.Length is >= 1 and <= 64 &&
        local[0] != '.' && local[^1] != '.' &&
        !local.Contains("..", StringComparison.Ordinal) &&
        local.All(c => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c, StringComparison.Ordinal));
}
