namespace Custos.Ledger.Bench.OpenSsl;

/// <summary>
/// An Ed25519 private key held by OpenSSL, as Custos.Ledger's <c>Ed25519PrivateKey</c> was before NSec: the key object
/// is created once from the seed (with its public key) and reused for every signature.
/// </summary>
internal sealed class OpenSslPrivateKey : IDisposable
{
    public const int SeedSize = 32;

    private readonly EvpPKeyHandle _key;

    private OpenSslPrivateKey(ReadOnlySpan<byte> seed)
    {
        _key = OpenSslEd25519.NewPrivateKey(seed);
        PublicKey = OpenSslPublicKey.FromTrusted(OpenSslEd25519.GetPublicKey(_key));
    }

    public OpenSslPublicKey PublicKey { get; }

    public static OpenSslPrivateKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedSize} bytes, not {seed.Length}.", nameof(seed));
        }

        OpenSslEd25519.EnsureAvailable();
        return new OpenSslPrivateKey(seed);
    }

    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_key.IsClosed, this);
        if (signature.Length < OpenSslPublicKey.SignatureSize)
        {
            throw new ArgumentException($"The signature buffer must hold {OpenSslPublicKey.SignatureSize} bytes.", nameof(signature));
        }

        OpenSslEd25519.Sign(_key, message, signature[..OpenSslPublicKey.SignatureSize]);
    }

    public void Dispose()
    {
        _key.Dispose();
        PublicKey.Dispose();
    }
}
