using System.Globalization;
using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// Constants and the small response formats of C2SP tlog-witness: the <c>add-checkpoint</c> path, the
/// <c>text/x.tlog.size</c> body of a 409, and the cosignature lines of a 200.
/// </summary>
public static class WitnessProtocol
{
    /// <summary>The path of the call, relative to the witness's submission prefix.</summary>
    public const string AddCheckpointPath = "add-checkpoint";

    /// <summary>The content type of a 409 response that carries the witness's known tree size.</summary>
    public const string SizeContentType = "text/x.tlog.size";

    /// <summary>The most consistency proof lines a request may carry.</summary>
    public const int MaxProofLines = 63;

    /// <summary>The largest request or response body accepted, in bytes (a checkpoint with a full proof and 100 signatures fits easily).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The body of a 409 size conflict: the size in decimal and a newline.</summary>
    /// <param name="size">The witness's known size.</param>
    /// <returns>The body.</returns>
    public static string FormatSize(ulong size) => size.ToString(CultureInfo.InvariantCulture) + "\n";

    /// <summary>Parses a <c>text/x.tlog.size</c> body strictly.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The size or an error.</returns>
    public static LedgerResult<ulong> ParseSize(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.EndsWith('\n') || !TryParseDecimal(body[..^1], out var size))
        {
            return new LedgerError("witness.size.malformed", "The size body is not a decimal without leading zeros followed by a newline.");
        }

        return size;
    }

    /// <summary>The body of a 200 response: one note signature line per cosignature, each ending in a newline.</summary>
    /// <param name="cosignatures">The cosignatures.</param>
    /// <returns>The body.</returns>
    public static string FormatCosignatures(IEnumerable<NoteSignature> cosignatures)
    {
        ArgumentNullException.ThrowIfNull(cosignatures);
        var builder = new StringBuilder();
        foreach (var cosignature in cosignatures)
        {
            builder.Append(cosignature.FormatLine()).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses the signature lines of a 200 response by appending them to the checkpoint body as a signed note (as the
    /// specification suggests). Nothing is verified here.
    /// </summary>
    /// <param name="checkpointText">The checkpoint note body the witness was asked to cosign.</param>
    /// <param name="body">The response body.</param>
    /// <returns>The signatures, or an error when the body is not one or more well-formed signature lines.</returns>
    public static LedgerResult<IReadOnlyList<NoteSignature>> ParseCosignatures(string checkpointText, string body)
    {
        ArgumentNullException.ThrowIfNull(checkpointText);
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0 || !body.StartsWith('\u2014'))
        {
            return new LedgerError("witness.response.malformed", "The response holds no signature lines.");
        }

        var note = SignedNote.Parse(checkpointText + "\n" + body);
        if (!note.IsSuccess || !string.Equals(note.Value.Text, checkpointText, StringComparison.Ordinal))
        {
            return new LedgerError("witness.response.malformed", $"The response is not a sequence of note signature lines{(note.IsSuccess ? "" : ": " + note.Error.Message)}.");
        }

        return LedgerResult<IReadOnlyList<NoteSignature>>.Success(note.Value.Signatures);
    }

    /// <summary>ASCII decimal with no leading zeros (except "0"), fitting in 64 bits.</summary>
    internal static bool TryParseDecimal(string text, out ulong value)
    {
        value = 0;
        return text.Length > 0 && text.All(c => c is >= '0' and <= '9') && (text.Length == 1 || text[0] != '0')
            && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
