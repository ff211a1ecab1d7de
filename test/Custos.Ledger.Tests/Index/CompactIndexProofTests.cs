using Custos.Ledger.Index;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Index;

/// <summary>The compact encoding of index proofs: it round-trips every proof, and only the canonical bytes decode.</summary>
public class CompactIndexProofTests
{
    [Property(MaxTest = 200)]
    public bool EncodeDecode_AnyProofOfAnyIndex_RoundTripsAndStillVerifies(Guid[] keys, Guid probe)
    {
        var distinct = (keys ?? []).Distinct().Select(k => k.ToByteArray()).ToArray();
        var index = DisclosureIndex.Create(distinct.Select((k, i) => new KeyValuePair<byte[], IReadOnlyCollection<ulong>>(k, [(ulong)i, (ulong)i + 1000])));
        foreach (var key in distinct.Append(probe.ToByteArray()))
        {
            var proof = index.Prove(key);
            var encoded = CompactIndexProof.Encode(proof);
            var decoded = CompactIndexProof.Decode(encoded, key, proof.Value ?? [], out _);
            if (decoded is null || !IndexProofVerifier.Verify(decoded, index.Root).IsValid
                || !decoded.Siblings.Zip(proof.Siblings).All(p => p.First.AsSpan().SequenceEqual(p.Second))
                || decoded.Siblings.Count != proof.Siblings.Count || decoded.IsMembership != proof.IsMembership
                || !(decoded.OtherKey ?? []).AsSpan().SequenceEqual(proof.OtherKey ?? []))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Encode_PathWithEmptySiblings_WritesOnlyTheOthersAndABitmap()
    {
        var sibling = Enumerable.Repeat((byte)7, 32).ToArray();
        var proof = new IndexProof(new byte[16], null, [sibling, new byte[32], new byte[32], sibling, new byte[32], new byte[32], new byte[32], new byte[32], sibling], null, null);

        var encoded = CompactIndexProof.Encode(proof);

        // kind 1 (empty end), 9 siblings, bitmap 1001 0000 1000 0000, then the three non-empty siblings.
        Assert.Equal([CompactIndexProof.EmptyEnd, 9, 0b1001_0000, 0b1000_0000], encoded[..4]);
        Assert.Equal(4 + (3 * 32), encoded.Length);
    }

    [Theory]
    [InlineData(new byte[] { }, "2 to")]
    [InlineData(new byte[] { 3, 0 }, "kind")]
    [InlineData(new byte[] { 1, 129 }, "deep")]
    [InlineData(new byte[] { 1, 9, 0 }, "bitmap")]
    [InlineData(new byte[] { 1, 9, 0, 0x40 }, "past the path")]
    [InlineData(new byte[] { 1, 1, 0x80 }, "bytes long")]
    [InlineData(new byte[] { 1, 0, 0 }, "bytes long")]
    [InlineData(new byte[] { 0, 0 }, "no event")]
    public void Decode_NonCanonicalOrShort_SaysWhy(byte[] encoded, string why)
    {
        var proof = CompactIndexProof.Decode(encoded, new byte[16], [], out var error);

        Assert.Null(proof);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AnEmptySiblingWrittenOut_IsRefused()
    {
        var encoded = new byte[2 + 1 + 32];
        encoded[0] = CompactIndexProof.EmptyEnd;
        encoded[1] = 1;
        encoded[2] = 0x80;

        Assert.Null(CompactIndexProof.Decode(encoded, new byte[16], [], out var error));
        Assert.Contains("empty subtree", error, StringComparison.Ordinal);
    }
}
