namespace Custos.Ledger.Crypto;

/// <summary>
/// An Ed25519 public key, verifying with strict RFC 8032 semantics: lengths are checked, low-order (and non-canonical
/// low-order) encodings of A and R are rejected, and OpenSSL rejects non-canonical S. The key is safe to share across
/// threads.
/// </summary>
public sealed class Ed25519PublicKey : IDisposable
{
    /// <summary>Public key size in bytes.</summary>
    public const int Size = 32;

    /// <summary>Signature size in bytes.</summary>
    public const int SignatureSize = 64;

    private readonly byte[] _bytes;
    private readonly EvpPKeyHandle? _key;

    private Ed25519PublicKey(byte[] bytes, EvpPKeyHandle? key)
    {
        _bytes = bytes;
        _key = key;
    }

    /// <summary>Whether the key is one of the low-order encodings, which never verify anything.</summary>
    public bool IsLowOrder => _key is null;

    /// <summary>Imports a 32-byte public key. Throws <see cref="PlatformNotSupportedException"/> when OpenSSL lacks Ed25519.</summary>
    /// <param name="publicKey">The RFC 8032 encoding.</param>
    /// <returns>The key.</returns>
    public static Ed25519PublicKey Import(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Size)
        {
            throw new ArgumentException($"An Ed25519 public key is {Size} bytes, not {publicKey.Length}.", nameof(publicKey));
        }

        OpenSslEd25519.EnsureAvailable();
        var key = LowOrderPoints.Contains(publicKey) ? null : OpenSslEd25519.NewPublicKey(publicKey);
        return new Ed25519PublicKey(publicKey.ToArray(), key);
    }

    /// <summary>Internal constructor for a key derived from a private key.</summary>
    internal static Ed25519PublicKey FromTrusted(byte[] publicKey) => new(publicKey, OpenSslEd25519.NewPublicKey(publicKey));

    /// <summary>The 32-byte encoding.</summary>
    /// <returns>A copy of the key bytes.</returns>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="message"/>. Never throws on bad input.</summary>
    /// <param name="message">The signed message (may be empty).</param>
    /// <param name="signature">The 64-byte signature.</param>
    /// <returns>Whether the signature is valid.</returns>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_key is { IsClosed: true }, this);
        if (_key is null || signature.Length != SignatureSize || LowOrderPoints.Contains(signature[..32]))
        {
            return false;
        }

        return OpenSslEd25519.Verify(_key, message, signature);
    }

    /// <inheritdoc />
    public void Dispose() => _key?.Dispose();
}
