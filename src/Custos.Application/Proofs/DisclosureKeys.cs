namespace Custos.Application.Proofs;

/// <summary>The text form of a disclosure index key: 32 lower-case hex characters (16 bytes).</summary>
public static class DisclosureKeys
{
    /// <summary>Whether <paramref name="text"/> is a key as written.</summary>
    public static bool IsKey(string? text) => text is { Length: 32 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>A key as a person may type it (spaces, dashes and capitals are ignored), or null when it is not one.</summary>
    public static string? Normalise(string? text)
    {
        var key = new string([.. (text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToLowerInvariant)]);
        return IsKey(key) ? key : null;
    }
}
