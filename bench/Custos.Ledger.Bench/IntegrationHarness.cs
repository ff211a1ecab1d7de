using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Custos.Ledger.Merkle;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Bench;

/// <summary>
/// Integration throughput on one thread: <see cref="TileWriter.AppendAsync"/> into a <see cref="MemoryTileStore"/> with
/// realistic entries, against the raw SHA-256 work the same leaves need, measured in the same run.
/// </summary>
internal static class IntegrationHarness
{
    private const int Count = 1_000_000;

    public static async Task RunAsync(TextWriter output, int rounds)
    {
        var entries = Workload.RealisticEntries(Count);
        var bytes = entries.Sum(e => (long)e.Length);
        output.WriteLine($"integration: {Count:N0} entries of 100–150 bytes (mean {bytes / (double)Count:0.0}), one thread, {rounds} rounds");
        var hashes = new byte[Count * MerkleHash.Size];
        for (var round = 0; round < rounds; round++)
        {
            var raw = Time(() =>
            {
                for (var i = 0; i < Count; i++)
                {
                    SHA256.HashData(entries[i].Span, hashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
                }
            });
            var rawTree = Time(() => RawTree(entries, hashes));
            var leaves = Time(() => MerkleHash.HashLeaves(entries, hashes));
            output.WriteLine($"  round {round}: baseline raw SHA256.HashData per entry {Rate(Count, raw)}/s; raw SHA-256 of leaves + nodes (n + n−1 one-shot hashes) {Rate(Count, rawTree)} leaves/s; MerkleHash.HashLeaves {Rate(Count, leaves)}/s");
            foreach (var batch in new[] { 256, 4096 })
            {
                var store = new MemoryTileStore();
                var writer = (await TileWriter.OpenAsync(store, 0)).Value;
                var watch = Stopwatch.StartNew();
                for (var offset = 0; offset < Count; offset += batch)
                {
                    await writer.AppendAsync(new ArraySegment<ReadOnlyMemory<byte>>(entries, offset, Math.Min(batch, Count - offset)));
                }

                watch.Stop();
                output.WriteLine($"  round {round}: TileWriter.AppendAsync, MemoryTileStore, batches of {batch,4}: {Rate(Count, watch.Elapsed)} leaves/s ({watch.Elapsed.TotalMilliseconds / rawTree.TotalMilliseconds:0.00}x the raw leaves+nodes time)");
            }
        }
    }

    /// <summary>The hashing an RFC 6962 tree of these entries needs at minimum, with one-shot SHA-256 calls and no tiles.</summary>
    private static void RawTree(ReadOnlyMemory<byte>[] entries, byte[] hashes)
    {
        Span<byte> buffer = stackalloc byte[512];
        for (var i = 0; i < entries.Length; i++)
        {
            buffer[0] = 0;
            entries[i].Span.CopyTo(buffer[1..]);
            SHA256.HashData(buffer[..(entries[i].Length + 1)], hashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size));
        }

        var width = entries.Length;
        buffer[0] = 1;
        while (width > 1)
        {
            for (var i = 0; i + 1 < width; i += 2)
            {
                hashes.AsSpan(i * MerkleHash.Size, 2 * MerkleHash.Size).CopyTo(buffer[1..]);
                SHA256.HashData(buffer[..65], hashes.AsSpan(i / 2 * MerkleHash.Size, MerkleHash.Size));
            }

            if (width % 2 == 1)
            {
                hashes.AsSpan((width - 1) * MerkleHash.Size, MerkleHash.Size).CopyTo(hashes.AsSpan(width / 2 * MerkleHash.Size));
            }

            width = (width + 1) / 2;
        }
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string Rate(long count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
}
