using NSec.Cryptography;

namespace Custos.Ledger.Crypto;

/// <summary>
/// NSec's Ed25519 (libsodium, shipped inside the libsodium package for each runtime), loaded once. Nothing here is
/// public; <see cref="Ed25519PrivateKey"/> and <see cref="Ed25519PublicKey"/> wrap it.
/// </summary>
internal static class Ed25519Algorithm
{
    private static readonly Lazy<(SignatureAlgorithm? Algorithm, string? Failure)> Loaded = new(Load);

    /// <summary>Why Ed25519 is unavailable, or <see langword="null"/> when it works.</summary>
    public static string? UnavailableReason => Loaded.Value.Failure;

    /// <summary>The algorithm; throws <see cref="PlatformNotSupportedException"/> with a clear message when libsodium is unavailable.</summary>
    public static SignatureAlgorithm Instance =>
        Loaded.Value.Algorithm ?? throw new PlatformNotSupportedException($"Ed25519 is unavailable: {Loaded.Value.Failure}");

    private static (SignatureAlgorithm?, string?) Load()
    {
        try
        {
            // Initialises libsodium: NSec checks the native library's version and runs sodium_init.
            return (SignatureAlgorithm.Ed25519, null);
        }
        catch (Exception e) when (e is PlatformNotSupportedException or InvalidOperationException or TypeInitializationException
                                     or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return (null, $"libsodium (through NSec.Cryptography) could not be initialised on this host: {e.Message}");
        }
    }
}
