using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// A log a witness cosigns for: its origin line and a verifier key the witness trusts for it. A log may be listed more
/// than once with different keys (during a log key rotation); a checkpoint needs a valid signature by one of them.
/// </summary>
/// <param name="Origin">The checkpoint origin line, exactly as the log writes it.</param>
/// <param name="Key">The log's Ed25519 (type 0x01) verifier key.</param>
public sealed record WitnessedLog(string Origin, NoteVerifierKey Key)
{
    /// <summary>Parses <c>ORIGIN=VERIFIERKEY</c> (split at the first '='), as the witness command line takes it.</summary>
    /// <param name="text">For example <c>custos.example/ledger=custos.example/ledger+1a2b3c4d+AX…</c>.</param>
    /// <returns>The log or an error naming what was wrong.</returns>
    public static LedgerResult<WitnessedLog> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = text.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0 || split == text.Length - 1)
        {
            return new LedgerError("witness.log.malformed", $"'{text}' is not ORIGIN=VERIFIERKEY.");
        }

        var origin = text[..split];
        if (origin.Any(char.IsControl))
        {
            return new LedgerError("witness.log.malformed", "The origin holds a control character.");
        }

        var key = NoteVerifierKey.Parse(text[(split + 1)..]);
        if (!key.IsSuccess)
        {
            return new LedgerError("witness.log.key-malformed", $"The verifier key of log '{origin}' is malformed: {key.Error.Message}");
        }

        if (key.Value.Algorithm != NoteKeyAlgorithm.Ed25519)
        {
            return new LedgerError("witness.log.key-type", $"The verifier key of log '{origin}' is not an Ed25519 (type 0x01) log key.");
        }

        return new WitnessedLog(origin, key.Value);
    }
}
