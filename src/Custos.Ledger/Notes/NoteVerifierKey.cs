using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Crypto;

namespace Custos.Ledger.Notes;

/// <summary>
/// A signed-note verifier key, written <c>&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(type ‖ public key)&gt;</c>. Supports
/// Ed25519 (type 0x01) and cosignature/v1 witness keys (type 0x04). Thread-safe.
/// </summary>
public sealed class NoteVerifierKey
{
    private readonly byte[] _publicKey;
    private readonly Lazy<Ed25519PublicKey> _key;

    private NoteVerifierKey(string name, NoteKeyAlgorithm algorithm, byte[] publicKey)
    {
        Name = name;
        Algorithm = algorithm;
        _publicKey = publicKey;
        KeyId = ComputeKeyId(name, algorithm, publicKey);
        _key = new Lazy<Ed25519PublicKey>(() => Ed25519PublicKey.Import(_publicKey));
    }

    /// <summary>The key name.</summary>
    public string Name { get; }

    /// <summary>The key id.</summary>
    public uint KeyId { get; }

    /// <summary>The signature type.</summary>
    public NoteKeyAlgorithm Algorithm { get; }

    /// <summary>A copy of the 32-byte Ed25519 public key.</summary>
    /// <returns>The key bytes.</returns>
    public byte[] GetPublicKey() => (byte[])_publicKey.Clone();

    /// <summary>Creates a verifier key from its parts.</summary>
    /// <param name="name">A valid key name (non-empty, no spaces or '+').</param>
    /// <param name="algorithm">The signature type.</param>
    /// <param name="publicKey">The 32-byte Ed25519 public key.</param>
    /// <returns>The key.</returns>
    public static NoteVerifierKey Create(string name, NoteKeyAlgorithm algorithm, ReadOnlySpan<byte> publicKey)
    {
        if (!NoteText.IsValidKeyName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid key name.", nameof(name));
        }

        if (publicKey.Length != Ed25519PublicKey.Size || !Enum.IsDefined(algorithm))
        {
            throw new ArgumentException("A verifier key needs a 32-byte Ed25519 public key and a supported type.", nameof(publicKey));
        }

        return new NoteVerifierKey(name, algorithm, publicKey.ToArray());
    }

    /// <summary>Computes a signed-note key id: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian.</summary>
    /// <param name="name">The key name.</param>
    /// <param name="algorithm">The signature type.</param>
    /// <param name="publicKey">The public key bytes.</param>
    /// <returns>The key id.</returns>
    public static uint ComputeKeyId(string name, NoteKeyAlgorithm algorithm, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(input, 0);
        input[nameBytes.Length] = 0x0A;
        input[nameBytes.Length + 1] = (byte)algorithm;
        publicKey.CopyTo(input.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    /// <summary>Parses a verifier key string strictly; the key id must match the name and key.</summary>
    /// <param name="text">For example <c>example.com/foo+530d903a+AekyeRrm…</c>.</param>
    /// <returns>The key or an error.</returns>
    public static LedgerResult<NoteVerifierKey> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('+', 3);
        if (parts.Length != 3)
        {
            return Fail("a verifier key has three '+'-separated parts: name, key id, key");
        }

        return FromParts(parts[0], parts[1], parts[2]).Map(static parts => new NoteVerifierKey(parts.Name, parts.Algorithm, parts.Key));
    }

    /// <summary>The verifier key string.</summary>
    /// <returns><c>&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(type ‖ public key)&gt;</c>.</returns>
    public string Format()
    {
        var keyData = new byte[1 + _publicKey.Length];
        keyData[0] = (byte)Algorithm;
        _publicKey.CopyTo(keyData, 1);
        return $"{Name}+{KeyId.ToString("x8", CultureInfo.InvariantCulture)}+{Convert.ToBase64String(keyData)}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();

    /// <summary>
    /// Verifies a note signature by this key over <paramref name="text"/> (the note text including its final newline).
    /// For cosignature keys the signature holds the 8-byte timestamp first, and the message is the cosignature/v1 one.
    /// </summary>
    /// <param name="text">The note text.</param>
    /// <param name="signature">The signature bytes after the key id.</param>
    /// <returns>Whether the signature is valid.</returns>
    public bool Verify(string text, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Algorithm == NoteKeyAlgorithm.CosignatureV1)
        {
            if (signature.Length != 8 + Ed25519PublicKey.SignatureSize)
            {
                return false;
            }

            var timestamp = BinaryPrimitives.ReadUInt64BigEndian(signature);
            if (timestamp > long.MaxValue)
            {
                return false;
            }

            return _key.Value.Verify(Cosignature.SignedMessage(timestamp, text), signature[8..]);
        }

        return _key.Value.Verify(Encoding.UTF8.GetBytes(text), signature);
    }

    private static LedgerResult<(string Name, NoteKeyAlgorithm Algorithm, byte[] Key)> FromParts(string name, string keyIdText, string keyText)
    {
        if (!NoteText.IsValidKeyName(name))
        {
            return Fail($"'{name}' is not a valid key name (non-empty, no spaces, no '+')");
        }

        if (!NoteText.TryParseKeyId(keyIdText, out var keyId))
        {
            return Fail($"key id '{keyIdText}' must be eight hex digits");
        }

        byte[] keyData;
        try
        {
            keyData = Convert.FromBase64String(keyText);
        }
        catch (FormatException)
        {
            return Fail("the key is not valid base64");
        }

        if (keyData.Length != 1 + Ed25519PublicKey.Size || !Enum.IsDefined((NoteKeyAlgorithm)keyData[0]))
        {
            return Fail("the key must be a supported type byte (0x01 or 0x04) followed by 32 bytes");
        }

        var algorithm = (NoteKeyAlgorithm)keyData[0];
        var publicKey = keyData[1..];
        if (ComputeKeyId(name, algorithm, publicKey) != keyId)
        {
            return Fail($"key id {keyIdText} does not match the name and key");
        }

        return (name, algorithm, publicKey);
    }

    private static LedgerError Fail(string reason) => new("note.key.malformed", $"Malformed verifier key: {reason}.");
}
