using Custos.Ledger.Index;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Index;

/// <summary>
/// The incremental index against the from-scratch <see cref="DisclosureIndex"/>: a random log cut into random batches,
/// applied one after another, gives after every batch the same root and the same proof for every key (and for keys
/// that are not there) as a build over the same prefix of the log, for the new version and every older one it retains.
/// </summary>
public class IncrementalDisclosureIndexPropertyTests
{
    [Property(MaxTest = 150)]
    public bool Extend_RandomBatches_SameRootsAndProofsAsFromScratch(KeySpec[] keySpecs, (byte First, byte Second, byte Gap)[] events, byte[] cuts, Guid probe)
    {
        var keys = Keys(keySpecs);
        var log = Log(keys, events ?? []);
        var end = log.Count == 0 ? 1UL : log[^1].LeafIndex + 1 + (ulong)(events![0].Gap % 3);
        var sizes = (cuts ?? []).Select(c => end * c / 255).Append(end).Where(s => s > 0).Distinct().Order().ToList();
        using var index = new IncrementalDisclosureIndex(retainedVersions: 3);
        var probes = keys.Append(probe.ToByteArray()).Append(Near(keys, probe)).ToList();

        ulong previous = 0;
        foreach (var size in sizes)
        {
            index.Extend(size, log.Where(p => p.LeafIndex >= previous && p.LeafIndex < size));
            if (index.RetainedSizes.Any(retained => !Agrees(index, retained, log, probes)))
            {
                return false;
            }

            previous = size;
        }

        return true;
    }

    [Property(MaxTest = 60)]
    public bool Extend_LogEntriesInBatches_SameRootAsBuild(Guid[] refs, byte[] types, byte[] cuts)
    {
        var pool = (refs ?? []).Select(r => Convert.ToHexStringLower(r.ToByteArray())).Distinct(StringComparer.Ordinal).ToArray();
        if (pool.Length == 0)
        {
            return true;
        }

        var kinds = DisclosureEventTypes.All.Append(new KeyValuePair<int, string>(4001, "request.received")).ToArray();
        var entries = (types ?? []).Select((t, i) => ((ulong)i, DisclosureIndexTests.Entry(
            kinds[t % kinds.Length].Key, kinds[t % kinds.Length].Value, pool[t % pool.Length], pool[((t * 7) + i) % pool.Length]))).ToList();
        var end = (ulong)entries.Count + 1;
        using var index = new IncrementalDisclosureIndex();
        ulong previous = 0;
        foreach (var size in (cuts ?? []).Select(c => end * c / 255).Append(end).Where(s => s > 0).Distinct().Order())
        {
            index.Extend(size, entries.Where(e => e.Item1 >= previous && e.Item1 < size).Reverse());
            previous = size;
            if (!index.Root.AsSpan().SequenceEqual(DisclosureIndex.Build(entries.Where(e => e.Item1 < size)).Root))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a key is made: its bits after the first <see cref="SharedBits"/> come from <see cref="Random"/>, those before from the previous key.</summary>
    public sealed record KeySpec(Guid Random, byte SharedBits);

    private static bool Agrees(IncrementalDisclosureIndex index, ulong size, List<IndexPosting> log, List<byte[]> probes)
    {
        var expected = DisclosureIndex.Create(log.Where(p => p.LeafIndex < size)
            .GroupBy(p => p.Key)
            .Select(g => new KeyValuePair<byte[], IReadOnlyCollection<ulong>>(IndexPosting.BytesOf(g.Key), g.Select(p => p.LeafIndex).Distinct().ToArray())));
        var root = index.RootAt(size);
        if (root is null || !root.AsSpan().SequenceEqual(expected.Root))
        {
            return false;
        }

        foreach (var key in probes)
        {
            var proof = index.Prove(key, size)!;
            var reference = expected.Prove(key);
            if (!Same(proof, reference) || !IndexProofVerifier.Verify(proof, root).IsValid)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(IndexProof a, IndexProof b) =>
        a.Key.AsSpan().SequenceEqual(b.Key)
        && (a.Value is null ? b.Value is null : b.Value is not null && a.Value.SequenceEqual(b.Value))
        && a.Siblings.Count == b.Siblings.Count
        && a.Siblings.Zip(b.Siblings).All(p => p.First.AsSpan().SequenceEqual(p.Second))
        && (a.OtherKey ?? []).AsSpan().SequenceEqual(b.OtherKey ?? [])
        && (a.OtherValueHash ?? []).AsSpan().SequenceEqual(b.OtherValueHash ?? []);

    /// <summary>Keys with long shared prefixes, so that branches sit deep and unary chains are long.</summary>
    private static List<byte[]> Keys(KeySpec[]? specs)
    {
        var keys = new List<byte[]>();
        foreach (var spec in specs ?? [])
        {
            if (spec is null)
            {
                continue;
            }

            var key = spec.Random.ToByteArray();
            if (keys.Count > 0)
            {
                var shared = spec.SharedBits % 129;
                var number = IndexPosting.KeyOf(key);
                var mask = shared == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - shared);
                number = (IndexPosting.KeyOf(keys[^1]) & mask) | (number & ~mask);
                key = IndexPosting.BytesOf(number);
            }

            if (!keys.Any(k => k.AsSpan().SequenceEqual(key)))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>Events at increasing leaf indexes (with gaps), each naming one or two of the keys.</summary>
    private static List<IndexPosting> Log(List<byte[]> keys, (byte First, byte Second, byte Gap)[] events)
    {
        var log = new List<IndexPosting>();
        if (keys.Count == 0)
        {
            return log;
        }

        ulong leaf = 0;
        foreach (var (first, second, gap) in events)
        {
            leaf += (ulong)(gap % 4);
            log.Add(new IndexPosting(IndexPosting.KeyOf(keys[first % keys.Count]), leaf));
            if (second % 3 == 0)
            {
                log.Add(new IndexPosting(IndexPosting.KeyOf(keys[second % keys.Count]), leaf));
            }

            leaf++;
        }

        return log;
    }

    /// <summary>A key that shares a long prefix with one of the keys but is (very likely) not one of them.</summary>
    private static byte[] Near(List<byte[]> keys, Guid probe)
    {
        var bytes = probe.ToByteArray();
        if (keys.Count == 0)
        {
            return bytes;
        }

        var near = (byte[])keys[bytes[0] % keys.Count].Clone();
        near[15 - (bytes[1] % 8)] ^= (byte)(1 << (bytes[2] % 8));
        return near;
    }
}
