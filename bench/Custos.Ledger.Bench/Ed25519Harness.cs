using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Custos.Ledger.Bench.OpenSsl;
using Custos.Ledger.Crypto;
using NSec.Cryptography;

namespace Custos.Ledger.Bench;

/// <summary>
/// Ed25519 implementations side by side in one process: OpenSSL libcrypto through the interop Custos.Ledger used before
/// (kept in <c>OpenSsl/</c> as the baseline, with its low-order pre-checks), Custos.Ledger's own key types (NSec, with
/// the same pre-checks), and NSec called directly (no pre-checks). Cases: signing with a cached key, verifying with a
/// cached public key, verifying with a key parsed for each signature, and creating a key from its seed. Each case is
/// calibrated to about <see cref="TargetBatch"/> per batch, warmed up, then timed in <c>repetitions</c> rounds that
/// rotate which implementation runs first (the machine is shared, so drift hits all of them); the median and the range
/// of the rounds are printed.
/// </summary>
internal static class Ed25519Harness
{
    private static readonly TimeSpan TargetBatch = TimeSpan.FromMilliseconds(250);

    private static readonly string[] Columns = ["OpenSSL (former interop)", "Custos.Ledger (NSec)", "NSec direct"];

    public static void Run(TextWriter output, int repetitions)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runtime {Environment.Version}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}"));
        output.WriteLine($"OpenSSL {OpenSslVersion()}; NSec.Cryptography {typeof(Key).Assembly.GetName().Version} over libsodium {SodiumVersion()}");
        output.WriteLine($"single thread, 120-byte message, {repetitions} timed rounds of about {TargetBatch.TotalMilliseconds:0} ms per implementation and case; median ops/s [min–max]");

        var seed = RandomNumberGenerator.GetBytes(32);
        var message = RandomNumberGenerator.GetBytes(120);
        using var openSslKey = OpenSslPrivateKey.FromSeed(seed);
        using var ledgerKey = Ed25519PrivateKey.FromSeed(seed);
        var algorithm = SignatureAlgorithm.Ed25519;
        using var nsecKey = Key.Import(algorithm, seed, KeyBlobFormat.RawPrivateKey);
        var publicKeyBytes = ledgerKey.PublicKey.ToArray();
        var nsecPublicKey = PublicKey.Import(algorithm, publicKeyBytes, KeyBlobFormat.RawPublicKey);

        // All three must produce the same (deterministic) signature and accept it; otherwise the comparison is meaningless.
        var signature = ledgerKey.Sign(message);
        var openSslSignature = new byte[64];
        openSslKey.Sign(message, openSslSignature);
        if (!signature.AsSpan().SequenceEqual(openSslSignature)
            || !signature.AsSpan().SequenceEqual(algorithm.Sign(nsecKey, message))
            || !publicKeyBytes.AsSpan().SequenceEqual(nsecKey.PublicKey.Export(KeyBlobFormat.RawPublicKey))
            || !openSslKey.PublicKey.Verify(message, signature)
            || !algorithm.Verify(nsecPublicKey, message, signature))
        {
            throw new InvalidOperationException("The implementations disagree on a key or signature.");
        }

        var buffer = new byte[64];
        var rows = new List<(string Case, Stats[] Rates)>
        {
            Compare(
                "sign, cached key",
                repetitions,
                n => Loop(n, () => openSslKey.Sign(message, buffer)),
                n => Loop(n, () => ledgerKey.Sign(message, buffer)),
                n => Loop(n, () => algorithm.Sign(nsecKey, message, buffer))),
            Compare(
                "verify, cached public key",
                repetitions,
                n => Loop(n, () => Check(openSslKey.PublicKey.Verify(message, signature))),
                n => Loop(n, () => Check(ledgerKey.PublicKey.Verify(message, signature))),
                n => Loop(n, () => Check(algorithm.Verify(nsecPublicKey, message, signature)))),
            Compare(
                "verify, key parsed each time",
                repetitions,
                n => Loop(n, () =>
                {
                    using var key = OpenSslPublicKey.Import(publicKeyBytes);
                    Check(key.Verify(message, signature));
                }),
                n => Loop(n, () =>
                {
                    using var key = Ed25519PublicKey.Import(publicKeyBytes);
                    Check(key.Verify(message, signature));
                }),
                n => Loop(n, () => Check(algorithm.Verify(PublicKey.Import(algorithm, publicKeyBytes, KeyBlobFormat.RawPublicKey), message, signature)))),
            Compare(
                "key from seed (with its public key)",
                repetitions,
                n => Loop(n, () =>
                {
                    using var key = OpenSslPrivateKey.FromSeed(seed);
                }),
                n => Loop(n, () =>
                {
                    using var key = Ed25519PrivateKey.FromSeed(seed);
                }),
                n => Loop(n, () =>
                {
                    using var key = Key.Import(algorithm, seed, KeyBlobFormat.RawPrivateKey);
                })),
        };

        output.WriteLine();
        output.WriteLine($"| case | {string.Join(" ops/s | ", Columns)} ops/s | Custos.Ledger / OpenSSL |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (name, rates) in rows)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", rates.Select(r => r.ToString()))} | {rates[1].Median / rates[0].Median:0.00}x |"));
        }
    }

    private static (string, Stats[]) Compare(string name, int repetitions, params Func<int, TimeSpan>[] implementations)
    {
        var counts = implementations.Select(Calibrate).ToArray();
        for (var i = 0; i < implementations.Length; i++)
        {
            implementations[i](counts[i]);
        }

        var rates = implementations.Select(_ => new double[repetitions]).ToArray();
        for (var round = 0; round < repetitions; round++)
        {
            for (var k = 0; k < implementations.Length; k++)
            {
                var i = (round + k) % implementations.Length;
                rates[i][round] = counts[i] / implementations[i](counts[i]).TotalSeconds;
            }
        }

        return (name, rates.Select(r => new Stats(r)).ToArray());
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
