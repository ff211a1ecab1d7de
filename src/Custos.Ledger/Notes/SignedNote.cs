using System.Buffers.Binary;
using System.Text;

namespace Custos.Ledger.Notes;

/// <summary>
/// A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines
/// <c>— &lt;name&gt; base64(key id ‖ signature)</c> (the dash is U+2014).
/// </summary>
public sealed class SignedNote
{
    /// <summary>The most signature lines accepted in one note.</summary>
    public const int MaxSignatures = 100;

    private const string Code = "note.malformed";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates a note from its text and signatures.</summary>
    /// <param name="text">The text, ending in a newline.</param>
    /// <param name="signatures">At least one signature.</param>
    public SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signatures);
        if (!text.EndsWith('\n'))
        {
            throw new ArgumentException("A note text ends in a newline.", nameof(text));
        }

        Text = text;
        Signatures = signatures;
    }

    /// <summary>The note text including its final newline.</summary>
    public string Text { get; }

    /// <summary>The signatures, in note order.</summary>
    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>Signs <paramref name="text"/> with each of <paramref name="signers"/>.</summary>
    /// <param name="text">The text, ending in a newline.</param>
    /// <param name="signers">Ed25519 signer keys.</param>
    /// <returns>The signed note.</returns>
    public static SignedNote Sign(string text, params IReadOnlyList<NoteSignerKey> signers)
    {
        ArgumentNullException.ThrowIfNull(signers);
        return new SignedNote(text, signers.Select(s => s.Sign(text)).ToArray());
    }

    /// <summary>Parses a note from UTF-8 bytes, rejecting invalid UTF-8 and every malformed form.</summary>
    /// <param name="note">The note bytes.</param>
    /// <returns>The note or an error.</returns>
    public static LedgerResult<SignedNote> Parse(ReadOnlySpan<byte> note)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(note);
        }
        catch (DecoderFallbackException)
        {
            return Fail("the note is not valid UTF-8");
        }

        return Parse(text);
    }

    /// <summary>Parses a note strictly (see the C2SP signed-note format).</summary>
    /// <param name="note">The note.</param>
    /// <returns>The note or an error.</returns>
    public static LedgerResult<SignedNote> Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!IsWellFormed(note) || note.Any(c => c < 0x20 && c != '\n'))
        {
            return Fail("the note contains a control character other than newline, or is not valid Unicode");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return Fail("no blank line separates the text from the signatures");
        }

        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.Length == 0 || !block.EndsWith('\n'))
        {
            return Fail("the signature block is empty or does not end in a newline");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            return Fail($"the note has more than {MaxSignatures} signatures");
        }

        var signatures = new List<NoteSignature>(lines.Length);
        foreach (var line in lines)
        {
            var signature = ParseLine(line);
            if (!signature.IsSuccess)
            {
                return signature.Error;
            }

            signatures.Add(signature.Value);
        }

        return new SignedNote(text, signatures);
    }

    /// <summary>
    /// Verifies the note against trusted keys. Signatures by unknown keys (name and key id not both matching) are
    /// ignored; a signature by a known key that fails rejects the note; at least one known signature must verify.
    /// </summary>
    /// <param name="keys">The trusted verifier keys.</param>
    /// <returns>The keys whose signatures verified, or an error.</returns>
    public LedgerResult<IReadOnlyList<NoteVerifierKey>> Verify(IEnumerable<NoteVerifierKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var known = keys.ToList();
        var verified = new List<NoteVerifierKey>();
        foreach (var signature in Signatures)
        {
            var key = known.Find(k => k.KeyId == signature.KeyId && string.Equals(k.Name, signature.KeyName, StringComparison.Ordinal));
            if (key is null)
            {
                continue;
            }

            if (!key.Verify(Text, signature.Signature))
            {
                return new LedgerError("note.signature-invalid", $"The signature by '{key.Name}' ({key.KeyId:x8}) does not verify.");
            }

            if (!verified.Contains(key))
            {
                verified.Add(key);
            }
        }

        return verified.Count == 0
            ? new LedgerError("note.unverified", "No signature on the note is by a trusted key.")
            : verified;
    }

    /// <summary>The note: text, blank line, signature lines.</summary>
    /// <returns>The encoded note.</returns>
    public string Format()
    {
        var builder = new StringBuilder(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature.FormatLine()).Append('\n');
        }

        return builder.ToString();
    }

    private static LedgerResult<NoteSignature> ParseLine(string line)
    {
        if (!line.StartsWith("\u2014 ", StringComparison.Ordinal))
        {
            return Fail("a signature line starts with an em dash (U+2014) and a space");
        }

        var parts = line[2..].Split(' ');
        if (parts.Length != 2 || !NoteText.IsValidKeyName(parts[0]))
        {
            return Fail("a signature line holds a valid key name and a base64 signature separated by one space");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            return Fail($"the signature by '{parts[0]}' is not valid base64");
        }

        if (bytes.Length < 5)
        {
            return Fail($"the signature by '{parts[0]}' is shorter than a key id and one byte");
        }

        return new NoteSignature(parts[0], BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes[4..]);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static LedgerError Fail(string reason) => new(Code, $"Malformed signed note: {reason}.");
}
