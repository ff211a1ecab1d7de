using Custos.Domain.Common;
using Custos.Ledger.Notes;

namespace Custos.Cli.Commands;

/// <summary>Reads a ledger verifier key given on the command line, as the key itself or a file holding it.</summary>
internal static class VerifierKeyText
{
    /// <summary>The log's Ed25519 verifier key from <paramref name="text"/>, or the error naming <paramref name="option"/>.</summary>
    public static Result<NoteVerifierKey> Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (!value.Contains('+', StringComparison.Ordinal) && File.Exists(value))
        {
            value = File.ReadAllText(value).Trim();
        }

        var key = NoteVerifierKey.Parse(value);
        if (!key.IsSuccess)
        {
            return Error.Invalid(key.Error.Code, $"{key.Error.Message} Expected <name>+<8 hex digits>+<base64>, or a file holding it.", option);
        }

        return key.Value.Algorithm == NoteKeyAlgorithm.Ed25519
            ? key.Value
            : Error.Invalid("note.key.malformed", "This is a witness (cosignature) key; the ledger is verified with the log's Ed25519 key.", option);
    }
}
