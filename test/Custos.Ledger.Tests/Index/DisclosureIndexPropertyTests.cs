using Custos.Ledger.Index;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Index;

/// <summary>The disclosure index over arbitrary maps: every proof verifies, absent keys are provably absent, order does not matter.</summary>
public class DisclosureIndexPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Prove_EveryKeyAndAnyOtherKey_VerifiesWithTheRightAnswer(Guid[] keys, ulong[] indexes, Guid probe)
    {
        var map = Map(keys, indexes);
        var index = DisclosureIndex.Create(map);

        foreach (var (key, value) in map)
        {
            var proof = index.Prove(key);
            if (!proof.IsMembership || !proof.Value!.SequenceEqual(value.Order()) || !IndexProofVerifier.Verify(proof, index.Root).IsValid)
            {
                return false;
            }
        }

        var probeKey = probe.ToByteArray();
        var absent = !map.Keys.Any(k => k.AsSpan().SequenceEqual(probeKey));
        var probeProof = index.Prove(probeKey);
        return probeProof.IsMembership != absent && IndexProofVerifier.Verify(probeProof, index.Root).IsValid;
    }

    [Property(MaxTest = 100)]
    public bool Build_AnyOrder_SameRoot(Guid[] refs, byte[] types, int seed)
    {
        var pool = refs.Select(r => Convert.ToHexStringLower(r.ToByteArray())).Distinct(StringComparer.Ordinal).ToArray();
        if (pool.Length == 0)
        {
            return true;
        }

        var kinds = DisclosureEventTypes.All.Append(new KeyValuePair<int, string>(4001, "request.received")).ToArray();
        var entries = (types ?? []).Select((t, i) => ((ulong)i * 3, DisclosureIndexTests.Entry(
            kinds[t % kinds.Length].Key, kinds[t % kinds.Length].Value, pool[t % pool.Length], pool[(t * 7 + i) % pool.Length]))).ToList();
        var shuffled = entries.OrderBy(_ => new Random(seed).Next()).Reverse().ToList();

        return DisclosureIndex.Build(entries).Root.AsSpan().SequenceEqual(DisclosureIndex.Build(shuffled).Root)
            && DisclosureIndex.Build(entries.Concat(entries)).Root.AsSpan().SequenceEqual(DisclosureIndex.Build(entries).Root);
    }

    [Property(MaxTest = 200)]
    public bool Verify_AnySingleBitFlipInASibling_Fails(Guid[] keys, ulong[] indexes, Guid probe, byte where)
    {
        var map = Map(keys, indexes);
        var index = DisclosureIndex.Create(map);
        var proof = index.Prove(probe.ToByteArray());
        if (proof.Siblings.Count == 0)
        {
            return !IndexProofVerifier.Verify(proof, new byte[32].Select((_, i) => (byte)(i + 1)).ToArray()).IsValid;
        }

        var siblings = proof.Siblings.Select(s => (byte[])s.Clone()).ToList();
        siblings[where % siblings.Count][where % 32] ^= (byte)(1 << (where % 8));
        return !IndexProofVerifier.Verify(proof with { Siblings = siblings }, index.Root).IsValid;
    }

    private static Dictionary<byte[], IReadOnlyCollection<ulong>> Map(Guid[] keys, ulong[] indexes)
    {
        var values = indexes is { Length: > 0 } ? indexes : [1UL];
        return (keys ?? []).Distinct().Select((k, i) => (k.ToByteArray(), (IReadOnlyCollection<ulong>)values.Skip(i % values.Length).Take(1 + (i % 3)).Append(values[i % values.Length]).Distinct().ToArray()))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }
}
