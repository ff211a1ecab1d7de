using System.Globalization;

namespace Custos.Ledger.Notes;

/// <summary>Shared syntax rules of C2SP signed-note.</summary>
internal static class NoteText
{
    /// <summary>Key names are non-empty and contain no Unicode spaces, no '+', and no control characters.</summary>
    public static bool IsValidKeyName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c == '+' || char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses exactly eight lowercase or uppercase hex digits.</summary>
    public static bool TryParseKeyId(string text, out uint keyId)
    {
        keyId = 0;
        return text.Length == 8 && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out keyId);
    }
}
