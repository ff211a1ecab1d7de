using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Custos.Application.Proofs;
using Custos.Ledger.Index;
using Custos.Ledger.Notes;

namespace Custos.Proofs.Bench;

/// <summary>
/// Builds the index over a synthetic log of N keys, then measures proof generation (time and size), an update of a batch
/// of events, and memory, each beside a baseline from the same run: the from-scratch rebuild that the index replaced
/// (measured at 100,000 keys and scaled linearly), and SHA-256 of 65-byte messages on this machine.
/// </summary>
internal static class IndexBench
{
    private const int BaselineKeys = 100_000;

    /// <summary>As the custos command writes proof files.</summary>
    public static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Run(int keys, int updates, int proofs)
    {
        Console.WriteLine($"Disclosure index: {keys:N0} keys, updates of {updates:N0} events, {proofs:N0} proofs; {Environment.ProcessorCount} cores, load {Figures.Load()}");
        var startRss = Figures.ResidentMiB();
        var (log, postings) = SyntheticLog.Create(keys, seed: 14);
        using var index = new IncrementalDisclosureIndex();
        var clock = Stopwatch.StartNew();
        index.Extend(log.Size, postings);
        var built = clock.Elapsed;
        postings = [];
        var size = log.Size;
        var rss = Figures.ResidentMiB();
        Figures.Print("build from scratch (sort + trie + every hash)", $"{built.TotalSeconds:F1} s for {index.Count:N0} keys");
        Figures.Print("resident set: before / with the index", $"{startRss:F0} MiB / {rss:F0} MiB ({(rss - startRss) * 1024 * 1024 / index.Count:F0} bytes per key)");
        Figures.Print("managed heap / of which the index's node arrays", $"{Figures.HeapMiB():F0} MiB / {index.AllocatedBytes / 1024.0 / 1024:F0} MiB");

        MeasureProofs(index, log, size, proofs);
        MeasureUpdates(index, log, updates, keys);
        Figures.Print("resident set / managed heap after the updates", $"{Figures.ResidentMiB():F0} MiB / {Figures.HeapMiB():F0} MiB");
    }

    private static void MeasureProofs(IncrementalDisclosureIndex index, SyntheticLog log, ulong size, int count)
    {
        var random = new Random(15);
        var members = new List<double>();
        var absent = new List<double>();
        var memberBytes = new List<int>();
        var absentBytes = new List<int>();
        var memberRaw = new List<int>();
        var absentRaw = new List<int>();
        var memberV3 = new List<int>();
        var absentV3 = new List<int>();
        var memberCompact = new List<int>();
        for (var i = -200; i < count; i++)
        {
            // The first 200 warm the code up and are not counted.
            var member = i % 2 == 0;
            var key = member ? log.Probes[random.Next(log.Probes.Count)] : IndexPosting.BytesOf(log.NextKey());
            var started = Stopwatch.GetTimestamp();
            var proof = index.Prove(key, size)!;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(ProofFileBuilder.Index(proof), FileJson).Length;
            var micros = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            if (proof.IsMembership != member)
            {
                throw new InvalidOperationException("A probe key was not found, or a random key was.");
            }

            if (i >= 0)
            {
                (member ? members : absent).Add(micros);
                (member ? memberBytes : absentBytes).Add(bytes);
                (member ? memberRaw : absentRaw).Add(RawBytes(proof));
                var compact = CompactIndexProof.Encode(proof);
                (member ? memberV3 : absentV3).Add(2 + Convert.ToBase64String(compact).Length);
                if (member)
                {
                    memberCompact.Add(compact.Length);
                }
            }
        }

        Figures.Print("proof, key with 1-9 events: median / p99", $"{Figures.Median(members):F1} µs / {Figures.Percentile(members, 0.99):F1} µs");
        Figures.Print("proof, absent key: median / p99", $"{Figures.Median(absent):F1} µs / {Figures.Percentile(absent, 0.99):F1} µs");
        Figures.Print("index part of a v1 file (hex JSON), key with events: median / max", $"{Figures.Median([.. memberBytes.Select(b => (double)b)]):F0} / {memberBytes.Max()} bytes");
        Figures.Print("index part of a v1 file (hex JSON), absent key: median / max", $"{Figures.Median([.. absentBytes.Select(b => (double)b)]):F0} / {absentBytes.Max()} bytes");
        Figures.Print("index part of a v3 file (base64 string), key with events: median / max", $"{Figures.Median([.. memberV3.Select(b => (double)b)]):F0} / {memberV3.Max()} bytes");
        Figures.Print("index part of a v3 file (base64 string), absent key: median / max", $"{Figures.Median([.. absentV3.Select(b => (double)b)]):F0} / {absentV3.Max()} bytes");
        Figures.Print("v3 index proof decoded (compact binary), key with events: median / max", $"{Figures.Median([.. memberCompact.Select(b => (double)b)]):F0} / {memberCompact.Max()} bytes");
        Figures.Print("index proof in plain binary (key, 32 per hash, 8 per leaf index): median / max", $"{Figures.Median([.. memberRaw.Select(b => (double)b)]):F0} / {memberRaw.Max()} bytes with events, {Figures.Median([.. absentRaw.Select(b => (double)b)]):F0} / {absentRaw.Max()} bytes absent");

        // A whole proof file for a key with nine events, verified as `custos proof verify` would.
        using var signer = NoteSignerKey.Generate("bench.custos/ledger");
        var nine = log.Probes[8];
        var file = ProofFileBuilder.Build(index.Prove(nine, size)!, size, index.RootAt(size)!, signer);
        foreach (var (name, text) in new[] { ("v1", JsonSerializer.Serialize(file, FileJson) + "\n"), ("v3", CompactProofFormat.Write(file)) })
        {
            var started2 = Stopwatch.GetTimestamp();
            var verdict = DisclosureProofVerifier.Verify(text, signer.VerifierKey);
            var verifyMicros = Stopwatch.GetElapsedTime(started2).TotalMicroseconds;
            if (!verdict.IsSuccess)
            {
                throw new InvalidOperationException($"The bench's {name} proof file does not verify: " + verdict.Errors[0].Message);
            }

            Figures.Print($"whole {name} proof file, {verdict.Value.Events.Count} events (log of {size + 1:N0})", $"{System.Text.Encoding.UTF8.GetByteCount(text):N0} bytes; verified in process in {verifyMicros / 1000:F1} ms");
        }

        // Baseline: what export did before, a rebuild from scratch for the proof (at 100,000 keys, scaled).
        var rebuild = RebuildSeconds();
        Figures.Print("baseline: rebuild from scratch + proof, scaled to N", $"{rebuild * index.Count / BaselineKeys * 1000:F0} ms ({rebuild * 1000:F0} ms at {BaselineKeys:N0} keys)");
    }

    private static void MeasureUpdates(IncrementalDisclosureIndex index, SyntheticLog log, int updates, int keys)
    {
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var entries = log.NextEvents(updates);
            var started = Stopwatch.GetTimestamp();
            index.Extend(log.Size, entries);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Figures.Print($"update of {updates:N0} events (parse + sort + paths): 3 runs", $"{string.Join(" / ", times.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms, {index.Count:N0} keys after");
        var messages = updates * 32;
        var hashing = ShaMilliseconds(messages);
        Figures.Print($"baseline: SHA-256 of {messages:N0} 65-byte messages", $"{hashing:F0} ms (32 per event: one 32-level path each)");
        Figures.Print("baseline: rebuild from scratch, scaled to N", $"{RebuildSeconds() * keys / BaselineKeys * 1000:F0} ms");
    }

    /// <summary>The proof's content as raw bytes: key, siblings, value (8 bytes each), other leaf.</summary>
    private static int RawBytes(IndexProof proof) =>
        16 + (32 * proof.Siblings.Count) + (8 * (proof.Value?.Count ?? 0)) + (proof.OtherKey is null ? 0 : 16 + 32);

    private static double RebuildSeconds()
    {
        var random = new Random(16);
        var map = new Dictionary<byte[], IReadOnlyCollection<ulong>>();
        for (var i = 0; i < BaselineKeys; i++)
        {
            var key = new byte[16];
            random.NextBytes(key);
            map[key] = [(ulong)i];
        }

        var started = Stopwatch.GetTimestamp();
        var index = DisclosureIndex.Create(map);
        _ = index.Prove(map.Keys.First());
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static double ShaMilliseconds(int messages)
    {
        var message = new byte[65];
        var hash = new byte[32];
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < messages; i++)
        {
            message[1] = (byte)i;
            SHA256.HashData(message, hash);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
