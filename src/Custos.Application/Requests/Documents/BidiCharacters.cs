namespace Custos.Application.Requests.Documents;

/// <summary>
/// The invisible characters that change the order in which text is shown (Unicode UAX #9): "invoice", U+202E, "fdp.exe"
/// shows as "invoiceexe.pdf", and text can read differently from how it is stored. None is written literally in this code.
/// </summary>
internal static class BidiCharacters
{
    /// <summary>Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).</summary>
    public static bool IsEmbeddingOverrideOrIsolate(int value) => value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>The left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).</summary>
    public static bool IsMark(int value) => value is 0x200E or 0x200F or 0x061C;
}
