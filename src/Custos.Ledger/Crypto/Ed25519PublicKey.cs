using NSec.Cryptography;

namespace Custos.Ledger.Crypto;

/// <summary>
/// An Ed25519 public key, verifying with strict RFC 8032 semantics: lengths are checked, low-order (and non-canonical)
/// encodings of A and R are rejected, and so are non-canonical A, R and S and signatures that only a cofactored check
/// would accept. libsodium (through NSec) does all of that itself, as the CCTV vector tests show; the blocklist of
/// low-order encodings is applied here as well so that the verdicts do not depend on how libsodium was built. The key
/// is safe to share across threads.
/// </summary>
public sealed class Ed25519PublicKey : IDisposable
{
    /// <summary>Public key size in bytes.</summary>
    public const int Size = 32;

    /// <summary>Signature size in bytes.</summary>
    public const int SignatureSize = 64;

    private readonly byte[] _bytes;
    private readonly PublicKey? _key;
    private bool _disposed;

    private Ed25519PublicKey(byte[] bytes, PublicKey? key)
    {
        _bytes = bytes;
        _key = key;
    }

    /// <summary>Whether the key is one of the low-order encodings, which never verify anything.</summary>
    public bool IsLowOrder => _key is null;

    /// <summary>Imports a 32-byte public key. Throws <see cref="PlatformNotSupportedException"/> when Ed25519 is unavailable on this host.</summary>
    /// <param name="publicKey">The RFC 8032 encoding.</param>
    /// <returns>The key.</returns>
    public static Ed25519PublicKey Import(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Size)
        {
            throw new ArgumentException($"An Ed25519 public key is {Size} bytes, not {publicKey.Length}.", nameof(publicKey));
        }

        var algorithm = Ed25519Algorithm.Instance;
        var key = LowOrderPoints.Contains(publicKey) ? null : PublicKey.Import(algorithm, publicKey, KeyBlobFormat.RawPublicKey);
        return new Ed25519PublicKey(publicKey.ToArray(), key);
    }

    /// <summary>Internal constructor for the public half of a private key.</summary>
    internal static Ed25519PublicKey FromTrusted(PublicKey key) => new(key.Export(KeyBlobFormat.RawPublicKey), key);

    /// <summary>The 32-byte encoding.</summary>
    /// <returns>A copy of the key bytes.</returns>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="message"/>. Never throws on bad input.</summary>
    /// <param name="message">The signed message (may be empty).</param>
    /// <param name="signature">The 64-byte signature.</param>
    /// <returns>Whether the signature is valid.</returns>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_key is null || signature.Length != SignatureSize || LowOrderPoints.Contains(signature[..32]))
        {
            return false;
        }

        return Ed25519Algorithm.Instance.Verify(_key, message, signature);
    }

    /// <inheritdoc />
    public void Dispose() => _disposed = true;
}
