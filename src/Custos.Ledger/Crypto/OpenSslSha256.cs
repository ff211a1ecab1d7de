using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Custos.Ledger.Crypto;

/// <summary>
/// SHA-256 from the platform's OpenSSL 3 (the same implementation the base library calls on Linux), with the digest
/// fetched once and one reused context per thread. The base library initialises each digest through OpenSSL's implicit
/// fetch, which costs several times more than hashing a 65-byte tree node; tree hashing is dominated by that overhead.
/// Used only where libcrypto.so.3 loads and a self-test against <see cref="SHA256"/> passes; otherwise
/// <see cref="IsAvailable"/> is false and callers use the base library.
/// </summary>
internal static unsafe class OpenSslSha256
{
    private static delegate* unmanaged<nint> s_contextNew;
    private static delegate* unmanaged<nint, void> s_contextFree;
    private static delegate* unmanaged<nint, nint, nint, int> s_init;
    private static delegate* unmanaged<nint, byte*, nuint, int> s_update;
    private static delegate* unmanaged<nint, byte*, uint*, int> s_final;
    private static nint s_digest;

    [ThreadStatic]
    private static ContextHandle? t_context;

    /// <summary>Whether the OpenSSL path loaded and passed its self-test.</summary>
    public static bool IsAvailable { get; } = Load();

    /// <summary>Writes SHA-256(<paramref name="data"/>) into the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < 32)
        {
            throw new ArgumentException("The destination is shorter than a SHA-256 hash.", nameof(destination));
        }

        var context = (t_context ??= NewContext()).DangerousGetHandle();
        uint length;
        fixed (byte* input = data)
        fixed (byte* output = destination)
        {
            if (s_init(context, s_digest, 0) != 1 || s_update(context, input, (nuint)data.Length) != 1
                || s_final(context, output, &length) != 1 || length != 32)
            {
                throw new CryptographicException("OpenSSL SHA-256 failed.");
            }
        }
    }

    private static ContextHandle NewContext()
    {
        var handle = new ContextHandle(s_contextNew());
        return handle.IsInvalid ? throw new CryptographicException("EVP_MD_CTX_new failed.") : handle;
    }

    private static bool Load()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libcrypto.so.3", out var library))
        {
            return false;
        }

        if (!NativeLibrary.TryGetExport(library, "EVP_MD_fetch", out var fetch)
            || !NativeLibrary.TryGetExport(library, "EVP_MD_CTX_new", out var contextNew)
            || !NativeLibrary.TryGetExport(library, "EVP_MD_CTX_free", out var contextFree)
            || !NativeLibrary.TryGetExport(library, "EVP_DigestInit_ex2", out var init)
            || !NativeLibrary.TryGetExport(library, "EVP_DigestUpdate", out var update)
            || !NativeLibrary.TryGetExport(library, "EVP_DigestFinal_ex", out var final))
        {
            return false;
        }

        s_contextNew = (delegate* unmanaged<nint>)contextNew;
        s_contextFree = (delegate* unmanaged<nint, void>)contextFree;
        s_init = (delegate* unmanaged<nint, nint, nint, int>)init;
        s_update = (delegate* unmanaged<nint, byte*, nuint, int>)update;
        s_final = (delegate* unmanaged<nint, byte*, uint*, int>)final;
        fixed (byte* name = "SHA256\0"u8)
        {
            s_digest = ((delegate* unmanaged<nint, byte*, nint, nint>)fetch)(0, name, 0);
        }

        return s_digest != 0 && SelfTest();
    }

    private static bool SelfTest()
    {
        try
        {
            Span<byte> ours = stackalloc byte[32];
            Span<byte> reference = stackalloc byte[32];
            var input = new byte[1000];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = unchecked((byte)(i * 7));
            }

            foreach (var length in new[] { 0, 1, 55, 56, 64, 65, 1000 })
            {
                Hash(input.AsSpan(0, length), ours);
                SHA256.HashData(input.AsSpan(0, length), reference);
                if (!ours.SequenceEqual(reference))
                {
                    return false;
                }
            }

            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private sealed class ContextHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        public ContextHandle(nint handle)
            : base(ownsHandle: true) => SetHandle(handle);

        protected override bool ReleaseHandle()
        {
            s_contextFree(handle);
            return true;
        }
    }
}
