using System.Globalization;
using System.Text;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// The body of a C2SP tlog-witness <c>add-checkpoint</c> request: <c>old &lt;size&gt;</c>, up to 63 base64 consistency
/// proof lines, a blank line, and the signed checkpoint note.
/// </summary>
public sealed class AddCheckpointRequest
{
    private const string Code = "witness.request.malformed";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private AddCheckpointRequest(ulong oldSize, IReadOnlyList<byte[]> proof, SignedNote note, Checkpoint checkpoint)
    {
        OldSize = oldSize;
        Proof = proof;
        Note = note;
        Checkpoint = checkpoint;
    }

    /// <summary>The size of the checkpoint the client believes the witness last cosigned (0 for none).</summary>
    public ulong OldSize { get; }

    /// <summary>The consistency proof from <see cref="OldSize"/> to the checkpoint's size.</summary>
    public IReadOnlyList<byte[]> Proof { get; }

    /// <summary>The signed checkpoint note.</summary>
    public SignedNote Note { get; }

    /// <summary>The checkpoint in <see cref="Note"/>'s text.</summary>
    public Checkpoint Checkpoint { get; }

    /// <summary>Parses a request body strictly.</summary>
    /// <param name="body">The UTF-8 body.</param>
    /// <returns>The request, or an error naming the first thing that is wrong.</returns>
    public static LedgerResult<AddCheckpointRequest> Parse(ReadOnlySpan<byte> body)
    {
        if (body.Length > WitnessProtocol.MaxBodyBytes)
        {
            return Fail($"the body is larger than {WitnessProtocol.MaxBodyBytes} bytes");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Fail("the body is not valid UTF-8");
        }

        return Parse(text);
    }

    /// <summary>Parses a request body strictly.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The request, or an error naming the first thing that is wrong.</returns>
    public static LedgerResult<AddCheckpointRequest> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var position = 0;
        if (!NextLine(body, ref position, out var oldLine))
        {
            return Fail("the body does not start with a newline-terminated 'old <size>' line");
        }

        if (!oldLine.StartsWith("old ", StringComparison.Ordinal) || !WitnessProtocol.TryParseDecimal(oldLine[4..], out var oldSize))
        {
            return Fail("the first line is not 'old ' and a decimal size without leading zeros");
        }

        var proof = new List<byte[]>();
        while (true)
        {
            if (!NextLine(body, ref position, out var line))
            {
                return Fail("no blank line separates the consistency proof from the checkpoint");
            }

            if (line.Length == 0)
            {
                break;
            }

            if (proof.Count == WitnessProtocol.MaxProofLines)
            {
                return Fail($"the consistency proof has more than {WitnessProtocol.MaxProofLines} lines");
            }

            if (!TryParseHash(line, out var hash))
            {
                return Fail($"consistency proof line {proof.Count + 1} is not the base64 of a 32-byte hash");
            }

            proof.Add(hash);
        }

        var note = SignedNote.Parse(body[position..]);
        if (!note.IsSuccess)
        {
            return Fail($"the checkpoint note is malformed ({note.Error.Message})");
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        if (!checkpoint.IsSuccess)
        {
            return Fail($"the note is not a checkpoint ({checkpoint.Error.Message})");
        }

        return new AddCheckpointRequest(oldSize, proof, note.Value, checkpoint.Value);
    }

    /// <summary>Formats a request body.</summary>
    /// <param name="oldSize">The size the witness is believed to have cosigned last.</param>
    /// <param name="proof">The consistency proof from <paramref name="oldSize"/> to the checkpoint (empty from 0).</param>
    /// <param name="signedNote">The signed checkpoint note, as published.</param>
    /// <returns>The body.</returns>
    public static string Format(ulong oldSize, IReadOnlyList<byte[]> proof, string signedNote)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(signedNote);
        if (proof.Count > WitnessProtocol.MaxProofLines || proof.Any(h => h is null || h.Length != MerkleHash.Size))
        {
            throw new ArgumentException($"A consistency proof is at most {WitnessProtocol.MaxProofLines} hashes of 32 bytes.", nameof(proof));
        }

        var builder = new StringBuilder("old ").Append(oldSize.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in proof)
        {
            builder.Append(Convert.ToBase64String(hash)).Append('\n');
        }

        return builder.Append('\n').Append(signedNote).ToString();
    }

    private static bool NextLine(string text, ref int position, out string line)
    {
        var end = text.IndexOf('\n', position);
        if (end < 0)
        {
            line = "";
            return false;
        }

        line = text[position..end];
        position = end + 1;
        return true;
    }

    private static bool TryParseHash(string line, out byte[] hash)
    {
        hash = [];
        if (line.Length != 44)
        {
            return false;
        }

        try
        {
            hash = Convert.FromBase64String(line);
        }
        catch (FormatException)
        {
            return false;
        }

        return hash.Length == MerkleHash.Size && string.Equals(Convert.ToBase64String(hash), line, StringComparison.Ordinal);
    }

    private static LedgerError Fail(string reason) => new(Code, $"Malformed add-checkpoint request: {reason}.");
}
