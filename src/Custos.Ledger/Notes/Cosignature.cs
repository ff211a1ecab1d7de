using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Custos.Ledger.Notes;

/// <summary>
/// C2SP tlog-cosignature <c>cosignature/v1</c>: a witness's timestamped Ed25519 signature over
/// <c>cosignature/v1\ntime &lt;unix seconds&gt;\n</c> followed by the checkpoint body. The note signature carries
/// key id ‖ 8-byte big-endian timestamp ‖ 64-byte signature; the key id uses type byte 0x04.
/// </summary>
public static class Cosignature
{
    /// <summary>The header line (domain separation).</summary>
    public const string Header = "cosignature/v1";

    /// <summary>The message a witness signs.</summary>
    /// <param name="timestamp">Seconds since the Unix epoch, at most 2^63 - 1.</param>
    /// <param name="checkpointText">The whole checkpoint note body, ending in a newline.</param>
    /// <returns>The UTF-8 message.</returns>
    public static byte[] SignedMessage(ulong timestamp, string checkpointText)
    {
        ArgumentNullException.ThrowIfNull(checkpointText);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timestamp, (ulong)long.MaxValue);
        return Encoding.UTF8.GetBytes($"{Header}\ntime {timestamp.ToString(CultureInfo.InvariantCulture)}\n{checkpointText}");
    }

    /// <summary>Cosigns a checkpoint body at <paramref name="time"/>.</summary>
    /// <param name="witness">A witness key of type <see cref="NoteKeyAlgorithm.CosignatureV1"/>.</param>
    /// <param name="checkpointText">The checkpoint note body.</param>
    /// <param name="time">The signing time (from an injected TimeProvider); truncated to whole seconds.</param>
    /// <returns>The signature to add to the checkpoint note.</returns>
    public static NoteSignature Sign(NoteSignerKey witness, string checkpointText, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(witness);
        if (witness.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            throw new ArgumentException("Cosignatures need a witness key of type 0x04 (cosignature/v1).", nameof(witness));
        }

        var seconds = time.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(time));
        var timestamp = (ulong)seconds;
        var signature = new byte[8 + 64];
        BinaryPrimitives.WriteUInt64BigEndian(signature, timestamp);
        witness.SignBytes(SignedMessage(timestamp, checkpointText)).CopyTo(signature, 8);
        return new NoteSignature(witness.Name, witness.KeyId, signature);
    }

    /// <summary>Verifies a cosignature on a checkpoint body and returns its time.</summary>
    /// <param name="witness">The witness's verifier key (type 0x04).</param>
    /// <param name="checkpointText">The checkpoint note body.</param>
    /// <param name="signature">The note signature from the witness.</param>
    /// <returns>The cosignature time, or an error.</returns>
    public static LedgerResult<DateTimeOffset> Verify(NoteVerifierKey witness, string checkpointText, NoteSignature signature)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentNullException.ThrowIfNull(signature);
        if (witness.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            return new LedgerError("cosignature.key-type", "The verifier key is not a cosignature/v1 witness key.");
        }

        if (signature.KeyId != witness.KeyId || !string.Equals(signature.KeyName, witness.Name, StringComparison.Ordinal))
        {
            return new LedgerError("cosignature.unknown-key", "The signature is not by this witness.");
        }

        if (!witness.Verify(checkpointText, signature.Signature))
        {
            return new LedgerError("cosignature.invalid", $"The cosignature by '{witness.Name}' does not verify.");
        }

        var timestamp = BinaryPrimitives.ReadUInt64BigEndian(signature.Signature);
        if (timestamp > (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return new LedgerError("cosignature.time-range", $"The cosignature time {timestamp} is beyond the year 9999.");
        }

        return DateTimeOffset.FromUnixTimeSeconds((long)timestamp);
    }
}
