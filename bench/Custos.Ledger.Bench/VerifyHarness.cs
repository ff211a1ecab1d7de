using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;

namespace Custos.Ledger.Bench;

/// <summary>
/// A full verification of a large log from a directory and over loopback HTTP, against the bare cost of reading every
/// resource and of hashing every leaf and node in the same run.
/// </summary>
internal static class VerifyHarness
{
    public static async Task RunAsync(TextWriter output, int size)
    {
        using var key = NoteSignerKey.Generate("bench.example/ledger");
        var store = new MemoryTileStore();
        var writer = (await TileWriter.OpenAsync(store, 0)).Value;
        TreeHead head = null!;
        const int chunk = 100_000;
        for (var offset = 0; offset < size; offset += chunk)
        {
            head = await writer.AppendAsync(Workload.RealisticEntries(Math.Min(chunk, size - offset), offset));
        }

        var note = SignedNote.Sign(new Checkpoint("bench.example/ledger", head.Size, head.RootHash).Format(), [key]).Format();
        await store.WriteAsync(OfflineVerifier.CheckpointPath, Encoding.UTF8.GetBytes(note), default);
        var directory = Path.Combine(Path.GetTempPath(), "custos-verify-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var path in store.Paths)
            {
                var file = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllBytesAsync(file, (await store.ReadAsync(path, default))!);
            }

            var paths = TileLayout.HashTiles(head.Size).Concat(TileLayout.EntryBundles(head.Size)).Select(t => t.ToPath()).ToArray();
            output.WriteLine($"verify: {size:N0} realistic entries, {paths.Length:N0} tiles and bundles, {Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6:0.0} MB, {Environment.ProcessorCount} cores");

            var read = await TimeAsync(async () =>
            {
                foreach (var path in paths)
                {
                    await File.ReadAllBytesAsync(Path.Combine(directory, path));
                }
            });
            var hashing = await TimeAsync(() =>
            {
                // The hashing a verifier cannot avoid: every leaf and (about) one node per leaf, one-shot, one thread.
                var bytes = new byte[MerkleHashSize];
                var node = new byte[65];
                foreach (var entry in Workload.RealisticEntries(size))
                {
                    SHA256.HashData(entry.Span, bytes);
                    SHA256.HashData(node, bytes);
                }

                return Task.CompletedTask;
            });
            output.WriteLine($"  baseline: read every file sequentially {read.TotalSeconds:0.00} s; raw one-shot SHA-256 of every leaf and node on one thread {hashing.TotalSeconds:0.00} s");

            for (var round = 0; round < 2; round++)
            {
                var fromDirectory = await TimeAsync(async () => Check(await new OfflineVerifier(new DirectoryTileReader(directory), key.VerifierKey).VerifyAsync(null)));
                output.WriteLine($"  round {round}: OfflineVerifier, DirectoryTileReader: {fromDirectory.TotalSeconds:0.00} s ({size / fromDirectory.TotalSeconds:N0} entries/s)");
            }

            await using var server = await LoopbackLogServer.StartAsync(store);
            using (var client = new HttpClient())
            {
                var fetch = await TimeAsync(async () =>
                {
                    foreach (var path in paths)
                    {
                        await client.GetByteArrayAsync(new Uri(server.BaseAddress, path));
                    }
                });
                output.WriteLine($"  baseline: GET every resource sequentially over loopback (Kestrel) {fetch.TotalSeconds:0.00} s");
            }

            foreach (var parallel in new[] { 1, 4, 8 })
            {
                using var reader = new HttpTileReader(server.BaseAddress, parallel);
                var overHttp = await TimeAsync(async () => Check(await new OfflineVerifier(reader, key.VerifierKey).VerifyAsync(null)));
                output.WriteLine($"  OfflineVerifier, HttpTileReader, {parallel} concurrent requests: {overHttp.TotalSeconds:0.00} s ({size / overHttp.TotalSeconds:N0} entries/s)");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private const int MerkleHashSize = 32;

    private static void Check(LedgerResult<OfflineVerificationReport> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.ToString());
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
