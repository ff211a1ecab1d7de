using System.Security.Cryptography;
using NSec.Cryptography;

namespace Custos.Ledger.Crypto;

/// <summary>
/// An Ed25519 private key, held by NSec (libsodium) in guarded, locked memory. Keep one instance and reuse it: creating a
/// key from its seed costs as much as several signatures. Safe to share across threads.
/// </summary>
public sealed class Ed25519PrivateKey : IDisposable
{
    /// <summary>Seed (private key) size in bytes.</summary>
    public const int SeedSize = 32;

    private readonly Key _key;
    private bool _disposed;

    private Ed25519PrivateKey(Key key)
    {
        _key = key;
        PublicKey = Ed25519PublicKey.FromTrusted(key.PublicKey);
    }

    /// <summary>The matching public key.</summary>
    public Ed25519PublicKey PublicKey { get; }

    /// <summary>Whether Ed25519 (libsodium through NSec) works on this host.</summary>
    public static bool IsSupported => Ed25519Algorithm.UnavailableReason is null;

    /// <summary>Why Ed25519 is unavailable on this host, or <see langword="null"/>.</summary>
    public static string? UnsupportedReason => Ed25519Algorithm.UnavailableReason;

    /// <summary>Creates a key from a 32-byte RFC 8032 seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The key.</returns>
    public static Ed25519PrivateKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedSize} bytes, not {seed.Length}.", nameof(seed));
        }

        // The seed stays exportable: signer keys are written back out in the C2SP note format (NoteSignerKey.Format).
        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        return new Ed25519PrivateKey(Key.Import(Ed25519Algorithm.Instance, seed, KeyBlobFormat.RawPrivateKey, in parameters));
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
    public byte[] ExportSeed()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _key.Export(KeyBlobFormat.RawPrivateKey);
    }

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
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (signature.Length < Ed25519PublicKey.SignatureSize)
        {
            throw new ArgumentException($"The signature buffer must hold {Ed25519PublicKey.SignatureSize} bytes.", nameof(signature));
        }

        Ed25519Algorithm.Instance.Sign(_key, message, signature[..Ed25519PublicKey.SignatureSize]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // libsodium zeroes the key's memory when NSec frees it.
        _disposed = true;
        _key.Dispose();
        PublicKey.Dispose();
    }
}
