using System.Security.Cryptography;

namespace Custos.Ledger.Crypto;

/// <summary>
/// An Ed25519 private key held by OpenSSL. Keep one instance and reuse it: rebuilding the key from its seed for each
/// signature halves the signing rate. Safe to share across threads.
/// </summary>
public sealed class Ed25519PrivateKey : IDisposable
{
    /// <summary>Seed (private key) size in bytes.</summary>
    public const int SeedSize = 32;

    private readonly EvpPKeyHandle _key;
    private readonly byte[] _seed;

    private Ed25519PrivateKey(byte[] seed)
    {
        _seed = seed;
        _key = OpenSslEd25519.NewPrivateKey(seed);
        PublicKey = Ed25519PublicKey.FromTrusted(OpenSslEd25519.GetPublicKey(_key));
    }

    /// <summary>The matching public key.</summary>
    public Ed25519PublicKey PublicKey { get; }

    /// <summary>Whether OpenSSL on this host provides Ed25519.</summary>
    public static bool IsSupported => OpenSslEd25519.UnavailableReason is null;

    /// <summary>Why Ed25519 is unavailable on this host, or <see langword="null"/>.</summary>
    public static string? UnsupportedReason => OpenSslEd25519.UnavailableReason;

    /// <summary>Creates a key from a 32-byte RFC 8032 seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The key.</returns>
    public static Ed25519PrivateKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedSize} bytes, not {seed.Length}.", nameof(seed));
        }

        OpenSslEd25519.EnsureAvailable();
        return new Ed25519PrivateKey(seed.ToArray());
    }

    /// <summary>Generates a new key from <see cref="RandomNumberGenerator"/>.</summary>
    /// <returns>The key.</returns>
    public static Ed25519PrivateKey Generate()
    {
        var seed = RandomNumberGenerator.GetBytes(SeedSize);
        try
        {
            return FromSeed(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Returns a copy of the 32-byte seed; the caller should zero it when done.</summary>
    /// <returns>The seed.</returns>
    public byte[] ExportSeed() => (byte[])_seed.Clone();

    /// <summary>Signs <paramref name="message"/>.</summary>
    /// <param name="message">The message (may be empty).</param>
    /// <returns>The 64-byte signature.</returns>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[Ed25519PublicKey.SignatureSize];
        Sign(message, signature);
        return signature;
    }

    /// <summary>Signs <paramref name="message"/> into <paramref name="signature"/>.</summary>
    /// <param name="message">The message (may be empty).</param>
    /// <param name="signature">At least 64 bytes.</param>
    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_key.IsClosed, this);
        if (signature.Length < Ed25519PublicKey.SignatureSize)
        {
            throw new ArgumentException($"The signature buffer must hold {Ed25519PublicKey.SignatureSize} bytes.", nameof(signature));
        }

        OpenSslEd25519.Sign(_key, message, signature[..Ed25519PublicKey.SignatureSize]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        _key.Dispose();
        PublicKey.Dispose();
    }
}
