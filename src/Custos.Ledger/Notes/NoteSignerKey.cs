using System.Globalization;
using Custos.Ledger.Crypto;

namespace Custos.Ledger.Notes;

/// <summary>
/// A signed-note signer key, stored as <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(type ‖ seed)&gt;</c> (the
/// format of Go's golang.org/x/mod/sumdb/note). Holds its Ed25519 key for reuse; thread-safe; dispose when done.
/// </summary>
public sealed class NoteSignerKey : IDisposable
{
    private const string Prefix = "PRIVATE+KEY+";
    private readonly Ed25519PrivateKey _key;

    private NoteSignerKey(string name, NoteKeyAlgorithm algorithm, Ed25519PrivateKey key)
    {
        Name = name;
        Algorithm = algorithm;
        _key = key;
        VerifierKey = NoteVerifierKey.Create(name, algorithm, key.PublicKey.ToArray());
    }

    /// <summary>The key name.</summary>
    public string Name { get; }

    /// <summary>The signature type.</summary>
    public NoteKeyAlgorithm Algorithm { get; }

    /// <summary>The key id.</summary>
    public uint KeyId => VerifierKey.KeyId;

    /// <summary>The matching verifier key.</summary>
    public NoteVerifierKey VerifierKey { get; }

    /// <summary>Generates a new key with <see cref="System.Security.Cryptography.RandomNumberGenerator"/>.</summary>
    /// <param name="name">A valid key name.</param>
    /// <param name="algorithm">Ed25519 for a log key, CosignatureV1 for a witness key.</param>
    /// <returns>The key.</returns>
    public static NoteSignerKey Generate(string name, NoteKeyAlgorithm algorithm = NoteKeyAlgorithm.Ed25519)
    {
        if (!NoteText.IsValidKeyName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid key name.", nameof(name));
        }

        return new NoteSignerKey(name, algorithm, Ed25519PrivateKey.Generate());
    }

    /// <summary>Parses a signer key string strictly; the key id must match.</summary>
    /// <param name="text">The <c>PRIVATE+KEY+…</c> string.</param>
    /// <returns>The key or an error.</returns>
    public static LedgerResult<NoteSignerKey> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Fail("a signer key starts with 'PRIVATE+KEY+'");
        }

        var parts = text[Prefix.Length..].Split('+', 3);
        if (parts.Length != 3 || !NoteText.IsValidKeyName(parts[0]))
        {
            return Fail("a signer key has a valid name, a key id and a key after the prefix");
        }

        if (!NoteText.TryParseKeyId(parts[1], out var keyId))
        {
            return Fail($"key id '{parts[1]}' must be eight hex digits");
        }

        byte[] keyData;
        try
        {
            keyData = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return Fail("the key is not valid base64");
        }

        if (keyData.Length != 1 + Ed25519PrivateKey.SeedSize || !Enum.IsDefined((NoteKeyAlgorithm)keyData[0]))
        {
            return Fail("the key must be a supported type byte (0x01 or 0x04) followed by a 32-byte seed");
        }

        var signer = new NoteSignerKey(parts[0], (NoteKeyAlgorithm)keyData[0], Ed25519PrivateKey.FromSeed(keyData.AsSpan(1)));
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(keyData);
        if (signer.KeyId != keyId)
        {
            signer.Dispose();
            return Fail($"key id {parts[1]} does not match the name and key");
        }

        return signer;
    }

    /// <summary>The signer key string. It is secret: store it like a password.</summary>
    /// <returns><c>PRIVATE+KEY+&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(type ‖ seed)&gt;</c>.</returns>
    public string Format()
    {
        var seed = _key.ExportSeed();
        var keyData = new byte[1 + seed.Length];
        keyData[0] = (byte)Algorithm;
        seed.CopyTo(keyData, 1);
        var text = $"{Prefix}{Name}+{KeyId.ToString("x8", CultureInfo.InvariantCulture)}+{Convert.ToBase64String(keyData)}";
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(seed);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(keyData);
        return text;
    }

    /// <summary>Signs raw bytes with the underlying Ed25519 key.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The 64-byte signature.</returns>
    public byte[] SignBytes(ReadOnlySpan<byte> message) => _key.Sign(message);

    /// <summary>Signs a note text (which must end in a newline) with an Ed25519 (type 0x01) key.</summary>
    /// <param name="text">The note text.</param>
    /// <returns>The signature line's content.</returns>
    public NoteSignature Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Algorithm != NoteKeyAlgorithm.Ed25519)
        {
            throw new InvalidOperationException("Witness keys sign through Cosignature.Sign, which adds the timestamp.");
        }

        if (!text.EndsWith('\n'))
        {
            throw new ArgumentException("A note text ends in a newline.", nameof(text));
        }

        return new NoteSignature(Name, KeyId, _key.Sign(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    private static LedgerError Fail(string reason) => new("note.key.malformed", $"Malformed signer key: {reason}.");
}
