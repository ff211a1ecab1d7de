using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Custos.Ledger.Bench.OpenSsl;

/// <summary>
/// The few libcrypto (OpenSSL 3 or 1.1.1) functions Ed25519 needs, bound through <see cref="NativeLibrary"/> as
/// unmanaged function pointers: the interop Custos.Ledger used before it moved to NSec, kept here unchanged as the
/// baseline of the <c>--ed25519</c> comparison. <see cref="OpenSslPrivateKey"/> and <see cref="OpenSslPublicKey"/> wrap
/// it as the library's key types did.
/// </summary>
internal static unsafe class OpenSslEd25519
{
    /// <summary>EVP_PKEY_ED25519 (NID_ED25519).</summary>
    public const int EvpPKeyEd25519 = 1087;

    private static readonly string[] LibraryNames = ["libcrypto.so.3", "libcrypto.so.1.1"];
    private static readonly Lazy<string?> LoadFailure = new(Load);

    private static delegate* unmanaged<int, nint, byte*, nuint, nint> s_newRawPrivateKey;
    private static delegate* unmanaged<int, nint, byte*, nuint, nint> s_newRawPublicKey;
    private static delegate* unmanaged<nint, byte*, nuint*, int> s_getRawPublicKey;
    private static delegate* unmanaged<nint, void> s_pkeyFree;
    private static delegate* unmanaged<nint> s_mdCtxNew;
    private static delegate* unmanaged<nint, void> s_mdCtxFree;
    private static delegate* unmanaged<nint, nint, nint, nint, nint, int> s_digestSignInit;
    private static delegate* unmanaged<nint, byte*, nuint*, byte*, nuint, int> s_digestSign;
    private static delegate* unmanaged<nint, nint, nint, nint, nint, int> s_digestVerifyInit;
    private static delegate* unmanaged<nint, byte*, nuint, byte*, nuint, int> s_digestVerify;
    private static delegate* unmanaged<nuint> s_errGetError;

    /// <summary>The library that was loaded, for diagnostics.</summary>
    public static string? LibraryName { get; private set; }

    /// <summary>Why Ed25519 is unavailable, or <see langword="null"/> when it works.</summary>
    public static string? UnavailableReason => LoadFailure.Value;

    /// <summary>Throws <see cref="PlatformNotSupportedException"/> with a clear message when Ed25519 is unavailable.</summary>
    public static void EnsureAvailable()
    {
        if (LoadFailure.Value is { } reason)
        {
            throw new PlatformNotSupportedException($"Ed25519 is unavailable: {reason}");
        }
    }

    public static EvpPKeyHandle NewPrivateKey(ReadOnlySpan<byte> seed)
    {
        EnsureAvailable();
        fixed (byte* p = seed)
        {
            var handle = new EvpPKeyHandle(s_newRawPrivateKey(EvpPKeyEd25519, 0, p, (nuint)seed.Length));
            return handle.IsInvalid ? throw Failure("EVP_PKEY_new_raw_private_key") : handle;
        }
    }

    public static EvpPKeyHandle NewPublicKey(ReadOnlySpan<byte> publicKey)
    {
        EnsureAvailable();
        fixed (byte* p = publicKey)
        {
            var handle = new EvpPKeyHandle(s_newRawPublicKey(EvpPKeyEd25519, 0, p, (nuint)publicKey.Length));
            return handle.IsInvalid ? throw Failure("EVP_PKEY_new_raw_public_key") : handle;
        }
    }

    public static byte[] GetPublicKey(EvpPKeyHandle key)
    {
        var result = new byte[OpenSslPublicKey.Size];
        var added = false;
        key.DangerousAddRef(ref added);
        try
        {
            nuint length = (nuint)result.Length;
            fixed (byte* p = result)
            {
                if (s_getRawPublicKey(key.DangerousGetHandle(), p, &length) != 1 || length != (nuint)result.Length)
                {
                    throw Failure("EVP_PKEY_get_raw_public_key");
                }
            }
        }
        finally
        {
            if (added)
            {
                key.DangerousRelease();
            }
        }

        return result;
    }

    public static void Sign(EvpPKeyHandle key, ReadOnlySpan<byte> message, Span<byte> signature)
    {
        using var context = NewContext();
        var added = false;
        key.DangerousAddRef(ref added);
        try
        {
            var ctx = context.DangerousGetHandle();
            if (s_digestSignInit(ctx, 0, 0, 0, key.DangerousGetHandle()) != 1)
            {
                throw Failure("EVP_DigestSignInit");
            }

            // A non-null pointer even for an empty message: some OpenSSL versions reject NULL with length 0.
            byte empty = 0;
            nuint length = OpenSslPublicKey.SignatureSize;
            fixed (byte* m = message)
            fixed (byte* s = signature)
            {
                var messagePointer = message.IsEmpty ? &empty : m;
                if (s_digestSign(ctx, s, &length, messagePointer, (nuint)message.Length) != 1 || length != OpenSslPublicKey.SignatureSize)
                {
                    throw Failure("EVP_DigestSign");
                }
            }
        }
        finally
        {
            if (added)
            {
                key.DangerousRelease();
            }
        }
    }

    public static bool Verify(EvpPKeyHandle key, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        using var context = NewContext();
        var added = false;
        key.DangerousAddRef(ref added);
        try
        {
            var ctx = context.DangerousGetHandle();
            if (s_digestVerifyInit(ctx, 0, 0, 0, key.DangerousGetHandle()) != 1)
            {
                throw Failure("EVP_DigestVerifyInit");
            }

            byte empty = 0;
            fixed (byte* m = message)
            fixed (byte* s = signature)
            {
                var messagePointer = message.IsEmpty ? &empty : m;
                var verdict = s_digestVerify(ctx, s, (nuint)signature.Length, messagePointer, (nuint)message.Length);
                DrainErrors();
                return verdict == 1;
            }
        }
        finally
        {
            if (added)
            {
                key.DangerousRelease();
            }
        }
    }

    public static void FreeKey(nint key) => s_pkeyFree(key);

    public static void FreeContext(nint context) => s_mdCtxFree(context);

    private static EvpMdCtxHandle NewContext()
    {
        var context = new EvpMdCtxHandle(s_mdCtxNew());
        return context.IsInvalid ? throw Failure("EVP_MD_CTX_new") : context;
    }

    private static CryptographicException Failure(string function)
    {
        var code = DrainErrors();
        return new CryptographicException($"OpenSSL {function} failed (error 0x{code:x}).");
    }

    private static nuint DrainErrors()
    {
        nuint first = 0;
        for (var error = s_errGetError(); error != 0; error = s_errGetError())
        {
            first = first == 0 ? error : first;
        }

        return first;
    }

    private static string? Load()
    {
        nint library = 0;
        foreach (var name in LibraryNames)
        {
            if (NativeLibrary.TryLoad(name, out library))
            {
                LibraryName = name;
                break;
            }
        }

        if (library == 0)
        {
            return $"none of {string.Join(", ", LibraryNames)} could be loaded (OpenSSL 3 or 1.1.1 is required).";
        }

        try
        {
            s_newRawPrivateKey = (delegate* unmanaged<int, nint, byte*, nuint, nint>)NativeLibrary.GetExport(library, "EVP_PKEY_new_raw_private_key");
            s_newRawPublicKey = (delegate* unmanaged<int, nint, byte*, nuint, nint>)NativeLibrary.GetExport(library, "EVP_PKEY_new_raw_public_key");
            s_getRawPublicKey = (delegate* unmanaged<nint, byte*, nuint*, int>)NativeLibrary.GetExport(library, "EVP_PKEY_get_raw_public_key");
            s_pkeyFree = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "EVP_PKEY_free");
            s_mdCtxNew = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "EVP_MD_CTX_new");
            s_mdCtxFree = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "EVP_MD_CTX_free");
            s_digestSignInit = (delegate* unmanaged<nint, nint, nint, nint, nint, int>)NativeLibrary.GetExport(library, "EVP_DigestSignInit");
            s_digestSign = (delegate* unmanaged<nint, byte*, nuint*, byte*, nuint, int>)NativeLibrary.GetExport(library, "EVP_DigestSign");
            s_digestVerifyInit = (delegate* unmanaged<nint, nint, nint, nint, nint, int>)NativeLibrary.GetExport(library, "EVP_DigestVerifyInit");
            s_digestVerify = (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, int>)NativeLibrary.GetExport(library, "EVP_DigestVerify");
            s_errGetError = (delegate* unmanaged<nuint>)NativeLibrary.GetExport(library, "ERR_get_error");
        }
        catch (EntryPointNotFoundException e)
        {
            return $"{LibraryName} lacks a required function ({e.Message}).";
        }

        // On FIPS-mode hosts the OpenSSL 3.0 FIPS provider has no EdDSA: probe once with a fixed seed.
        Span<byte> seed = stackalloc byte[OpenSslPrivateKey.SeedSize];
        fixed (byte* p = seed)
        {
            var probe = s_newRawPrivateKey(EvpPKeyEd25519, 0, p, (nuint)seed.Length);
            if (probe == 0)
            {
                DrainErrors();
                return $"{LibraryName} cannot create Ed25519 keys (is the host in FIPS mode?).";
            }

            s_pkeyFree(probe);
        }

        return null;
    }
}
