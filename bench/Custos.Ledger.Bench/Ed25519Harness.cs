using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Custos.Ledger.Crypto;
using NSec.Cryptography;

namespace Custos.Ledger.Bench;

/// <summary>
/// Ed25519 through the Custos.Ledger API (OpenSSL libcrypto interop) against NSec.Cryptography (libsodium), side by
/// side in one process: signing with a cached key, verifying with a cached public key, verifying with a key parsed for
/// each signature, and creating a key from its seed. Each case is calibrated to about <see cref="TargetBatch"/> per
/// batch, warmed up, then timed in <c>repetitions</c> rounds that alternate which implementation runs first (the
/// machine is shared, so drift hits both); the median and the range of the rounds are printed.
/// </summary>
internal static class Ed25519Harness
{
    private static readonly TimeSpan TargetBatch = TimeSpan.FromMilliseconds(250);

    public static void Run(TextWriter output, int repetitions)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runtime {Environment.Version}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}"));
        output.WriteLine($"OpenSSL: {OpenSslVersion()}; NSec.Cryptography {typeof(Key).Assembly.GetName().Version} over libsodium {SodiumVersion()}");
        output.WriteLine($"single thread, 120-byte message, {repetitions} timed rounds of about {TargetBatch.TotalMilliseconds:0} ms per implementation and case; median ops/s [min–max]");

        var seed = RandomNumberGenerator.GetBytes(32);
        var message = RandomNumberGenerator.GetBytes(120);
        using var openSslKey = Ed25519PrivateKey.FromSeed(seed);
        var algorithm = SignatureAlgorithm.Ed25519;
        using var nsecKey = Key.Import(algorithm, seed, KeyBlobFormat.RawPrivateKey);
        var publicKeyBytes = openSslKey.PublicKey.ToArray();
        var nsecPublicKey = PublicKey.Import(algorithm, publicKeyBytes, KeyBlobFormat.RawPublicKey);

        // Both must produce the same (deterministic) signature, and each must accept the other's.
        var signature = openSslKey.Sign(message);
        if (!signature.AsSpan().SequenceEqual(algorithm.Sign(nsecKey, message))
            || !publicKeyBytes.AsSpan().SequenceEqual(nsecKey.PublicKey.Export(KeyBlobFormat.RawPublicKey))
            || !algorithm.Verify(nsecPublicKey, message, signature))
        {
            throw new InvalidOperationException("OpenSSL and NSec disagree on a key or signature; the comparison would be meaningless.");
        }

        var signOpenSsl = new byte[64];
        var signNSec = new byte[64];
        var rows = new List<(string Case, Stats OpenSsl, Stats NSec)>
        {
            Compare(
                "sign, cached key",
                n => Loop(n, () => openSslKey.Sign(message, signOpenSsl)),
                n => Loop(n, () => algorithm.Sign(nsecKey, message, signNSec)),
                repetitions),
            Compare(
                "verify, cached public key",
                n => Loop(n, () => Check(openSslKey.PublicKey.Verify(message, signature))),
                n => Loop(n, () => Check(algorithm.Verify(nsecPublicKey, message, signature))),
                repetitions),
            Compare(
                "verify, key parsed each time",
                n => Loop(n, () =>
                {
                    using var key = Ed25519PublicKey.Import(publicKeyBytes);
                    Check(key.Verify(message, signature));
                }),
                n => Loop(n, () =>
                {
                    var key = PublicKey.Import(algorithm, publicKeyBytes, KeyBlobFormat.RawPublicKey);
                    Check(algorithm.Verify(key, message, signature));
                }),
                repetitions),
            Compare(
                "key from seed (with its public key)",
                n => Loop(n, () =>
                {
                    using var key = Ed25519PrivateKey.FromSeed(seed);
                }),
                n => Loop(n, () =>
                {
                    using var key = Key.Import(algorithm, seed, KeyBlobFormat.RawPrivateKey);
                }),
                repetitions),
        };

        output.WriteLine();
        output.WriteLine("| case | OpenSSL (Custos.Ledger interop) ops/s | NSec (libsodium) ops/s | NSec / OpenSSL |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (name, openSsl, nsec) in rows)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {openSsl} | {nsec} | {nsec.Median / openSsl.Median:0.00}x |"));
        }
    }

    private static (string, Stats, Stats) Compare(string name, Func<int, TimeSpan> openSsl, Func<int, TimeSpan> nsec, int repetitions)
    {
        var count = Calibrate(openSsl);
        var countNSec = Calibrate(nsec);
        openSsl(count);
        nsec(countNSec);
        var a = new double[repetitions];
        var b = new double[repetitions];
        for (var round = 0; round < repetitions; round++)
        {
            if (round % 2 == 0)
            {
                a[round] = count / openSsl(count).TotalSeconds;
                b[round] = countNSec / nsec(countNSec).TotalSeconds;
            }
            else
            {
                b[round] = countNSec / nsec(countNSec).TotalSeconds;
                a[round] = count / openSsl(count).TotalSeconds;
            }
        }

        return (name, new Stats(a), new Stats(b));
    }

    /// <summary>The iteration count that takes about <see cref="TargetBatch"/>.</summary>
    private static int Calibrate(Func<int, TimeSpan> run)
    {
        var count = 64;
        while (true)
        {
            var elapsed = run(count);
            if (elapsed >= TargetBatch / 4)
            {
                return Math.Max(1, (int)(count * (TargetBatch / elapsed)));
            }

            count *= 4;
        }
    }

    private static TimeSpan Loop(int count, Action action)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action();
        }

        return watch.Elapsed;
    }

    private static void Check(bool valid)
    {
        if (!valid)
        {
            throw new InvalidOperationException("A valid signature failed to verify.");
        }
    }

    private static string OpenSslVersion() =>
        OperatingSystem.IsWindows() ? "n/a" : "0x" + SafeEvpPKeyHandle.OpenSslVersion.ToString("x", CultureInfo.InvariantCulture);

    private static string SodiumVersion()
    {
        try
        {
            return Marshal.PtrToStringAnsi(sodium_version_string()) ?? "?";
        }
        catch (DllNotFoundException)
        {
            return "?";
        }
    }

    // The libsodium that NSec loaded (the libsodium package's runtimes/<rid>/native library).
    [DllImport("libsodium", CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
#pragma warning disable SYSLIB1054 // One parameterless call for a version string; LibraryImport would need unsafe code here.
    private static extern nint sodium_version_string();
#pragma warning restore SYSLIB1054

    private sealed class Stats(double[] rates)
    {
        private readonly double[] _sorted = rates.Order().ToArray();

        public double Median => _sorted.Length % 2 == 1
            ? _sorted[_sorted.Length / 2]
            : (_sorted[(_sorted.Length / 2) - 1] + _sorted[_sorted.Length / 2]) / 2;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Median:N0} [{_sorted[0]:N0}–{_sorted[^1]:N0}]");
    }
}
