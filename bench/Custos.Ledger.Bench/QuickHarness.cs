using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Custos.Ledger.Crypto;
using Custos.Ledger.Merkle;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Bench;

/// <summary>A quick single-threaded harness: hashing, appending, proofs in a 10,000,000-entry tiled log, signing.</summary>
internal static class QuickHarness
{
    public static async Task RunAsync(TextWriter output)
    {
        Report(output, $"runtime {Environment.Version}, {Environment.ProcessorCount} cores, OpenSSL {OpenSslVersion()}");
        HashLeaves(output);
        await AppendAsync(output);
        await ProofsAsync(output, 10_000_000);
        SignVerify(output);
    }

    private static void HashLeaves(TextWriter output)
    {
        const int count = 1_000_000;
        var entries = Workload.Entries(count, 64);
        var hashes = new byte[count * MerkleHash.Size];
        for (var round = 0; round < 2; round++)
        {
            var raw = Time(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    SHA256.HashData(entries[i].Span, hashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
                }
            });
            var leaves = Time(() => MerkleHash.HashLeaves(entries, hashes));
            Report(output, $"round {round}: raw SHA256.HashData on 64-byte entries {Rate(count, raw)}/s; MerkleHash.HashLeaves {Rate(count, leaves)} leaves/s ({leaves.TotalMilliseconds / raw.TotalMilliseconds:0.00}x the raw time)");
        }
    }

    private static async Task AppendAsync(TextWriter output)
    {
        const int count = 1_000_000;
        var entries = Workload.Entries(count, 64);
        foreach (var batch in new[] { 256, 4096, count })
        {
            var store = new MemoryTileStore();
            var writer = (await TileWriter.OpenAsync(store, 0)).Value;
            var watch = Stopwatch.StartNew();
            for (var offset = 0; offset < count; offset += batch)
            {
                await writer.AppendAsync(new ArraySegment<ReadOnlyMemory<byte>>(entries, offset, Math.Min(batch, count - offset)));
            }

            Report(output, $"TileWriter.AppendAsync in memory, batches of {batch}: {Rate(count, watch.Elapsed)} entries/s ({store.Count} resources)");
        }
    }

    private static async Task ProofsAsync(TextWriter output, int size)
    {
        var store = new MemoryTileStore();
        var writer = (await TileWriter.OpenAsync(store, 0)).Value;
        var watch = Stopwatch.StartNew();
        TreeHead head = null!;
        const int chunk = 100_000;
        for (var offset = 0; offset < size; offset += chunk)
        {
            head = await writer.AppendAsync(Workload.Entries(chunk, 8, offset));
        }

        Report(output, $"built a {size:N0}-entry tiled log in memory in {watch.Elapsed.TotalSeconds:0.0} s ({Rate(size, watch.Elapsed)} entries/s)");
        var source = new TileHashSource(store, head.Size);
        var random = new Random(9162);
        const int proofs = 2000;
        var indices = Enumerable.Range(0, proofs).Select(_ => (ulong)random.NextInt64(0, size)).ToArray();

        var cold = Stopwatch.StartNew();
        foreach (var index in indices)
        {
            await ProofBuilder.CreateInclusionProofAsync(source, index, head.Size);
        }

        cold.Stop();
        var warm = Stopwatch.StartNew();
        var verified = 0;
        foreach (var index in indices)
        {
            var proof = await ProofBuilder.CreateInclusionProofAsync(source, index, head.Size);
            var leaf = MerkleHash.HashLeaf(Workload.Entries(1, 8, (int)index)[0].Span);
            verified += ProofVerifier.VerifyInclusion(leaf, index, head.Size, proof, head.RootHash).IsValid ? 1 : 0;
        }

        warm.Stop();
        Report(output, $"inclusion proof, {size:N0} entries: first pass (tiles read from the store) {cold.Elapsed.TotalMicroseconds / proofs:0} µs/proof; cached tiles {warm.Elapsed.TotalMicroseconds / proofs:0} µs/proof including verification; {verified}/{proofs} verified");

        var sizes = Enumerable.Range(0, proofs).Select(_ => (ulong)random.NextInt64(1, size)).ToArray();
        var consistency = Stopwatch.StartNew();
        foreach (var old in sizes)
        {
            await ProofBuilder.CreateConsistencyProofAsync(source, old, head.Size);
        }

        consistency.Stop();
        Report(output, $"consistency proof to {size:N0} from random sizes: {consistency.Elapsed.TotalMicroseconds / proofs:0} µs/proof ({source.CachedTileCount} tiles cached)");
    }

    private static void SignVerify(TextWriter output)
    {
        using var key = Ed25519PrivateKey.Generate();
        var message = new byte[120];
        var signature = key.Sign(message);
        const int count = 20_000;
        var sign = Time(() =>
        {
            for (var i = 0; i < count; i++)
            {
                key.Sign(message, signature);
            }
        });
        var ok = true;
        var verify = Time(() =>
        {
            for (var i = 0; i < count; i++)
            {
                ok &= key.PublicKey.Verify(message, signature);
            }
        });
        Report(output, $"Ed25519 (Custos.Ledger, NSec), one thread: sign {Rate(count, sign)}/s, verify {Rate(count, verify)}/s (all valid: {ok})");
    }

    private static string OpenSslVersion() =>
        OperatingSystem.IsWindows() ? "n/a" : SafeEvpPKeyHandle.OpenSslVersion.ToString("x", CultureInfo.InvariantCulture);

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string Rate(long count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static void Report(TextWriter output, string line) => output.WriteLine(line);
}
