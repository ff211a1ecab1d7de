using Custos.Ledger.Crypto;

namespace Custos.Ledger.Bench.OpenSsl;

/// <summary>
/// An Ed25519 public key held by OpenSSL, as Custos.Ledger's <c>Ed25519PublicKey</c> was before NSec: strict RFC 8032
/// verdicts by rejecting the low-order encodings of A and R (<see cref="LowOrderPoints"/>, the library's own list, linked
/// into this project) before OpenSSL's cofactorless check, which rejects non-canonical S itself.
/// </summary>
internal sealed class OpenSslPublicKey : IDisposable
{
    public const int Size = 32;

    public const int SignatureSize = 64;

    private readonly EvpPKeyHandle? _key;

    private OpenSslPublicKey(EvpPKeyHandle? key) => _key = key;

    public static OpenSslPublicKey Import(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Size)
        {
            throw new ArgumentException($"An Ed25519 public key is {Size} bytes, not {publicKey.Length}.", nameof(publicKey));
        }

        OpenSslEd25519.EnsureAvailable();
        return new OpenSslPublicKey(LowOrderPoints.Contains(publicKey) ? null : OpenSslEd25519.NewPublicKey(publicKey));
    }

    internal static OpenSslPublicKey FromTrusted(byte[] publicKey) => new(OpenSslEd25519.NewPublicKey(publicKey));

    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ObjectDisposedException.ThrowIf(_key is { IsClosed: true }, this);
        if (_key is null || signature.Length != SignatureSize || LowOrderPoints.Contains(signature[..32]))
        {
            return false;
        }

        return OpenSslEd25519.Verify(_key, message, signature);
    }

    public void Dispose() => _key?.Dispose();
}
