using System.Text;
using Custos.Ledger.Index;

namespace Custos.Ledger.Tests.Index;

/// <summary>
/// The disclosure index against known answers computed by an independent reference (a 20-line Python implementation of
/// docs/proofs.md, with hashlib), what it takes from the log, and what its proofs refuse.
/// </summary>
public class DisclosureIndexTests
{
    private const string A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string B = "0123456789abcdef0123456789abcdef";
    private const string C = "fedcba9876543210fedcba9876543210";

    [Fact]
    public void Root_Empty_IsZeroAndEveryKeyProvablyAbsent()
    {
        var index = DisclosureIndex.Build([]);

        Assert.Equal(new byte[32], index.Root);
        var proof = index.Prove(Key(B));
        Assert.False(proof.IsMembership);
        Assert.Empty(proof.Siblings);
        Assert.True(IndexProofVerifier.Verify(proof, index.Root).IsValid);
    }

    [Theory]
    [InlineData("one", "c9292cae3d80277bb908f541f7411bc3aa0d4a1257099b1a3671e60a63f18bcf")]
    [InlineData("two", "b5d839c431880043bd1457f43df6eded0c85d52a9564e1e34ee7970190bfcf56")]
    [InlineData("three", "bd362b9919218c445503f56e0a6cd9e72fba7bfea432cae1814b1fa7db19b731")]
    public void Root_KnownMaps_MatchReference(string name, string expected)
    {
        var k1 = new byte[16];
        var k2 = Convert.FromHexString("80" + new string('0', 30));
        var k3 = Convert.FromHexString(string.Concat(Enumerable.Repeat("0f", 16)));
        var k4 = Convert.FromHexString("0e" + string.Concat(Enumerable.Repeat("ff", 15)));
        var map = name switch
        {
            "one" => new Dictionary<byte[], IReadOnlyCollection<ulong>> { [k1] = [7] },
            "two" => new() { [k1] = [1, 2], [k2] = [3] },
            _ => new() { [k1] = [0], [k3] = [5, 9], [k4] = [1UL << 63] },
        };

        var index = DisclosureIndex.Create(map);

        Assert.Equal(expected, Convert.ToHexStringLower(index.Root));
        foreach (var key in map.Keys)
        {
            Assert.True(IndexProofVerifier.Verify(index.Prove(key), index.Root).IsValid);
        }
    }

    [Fact]
    public void Build_LogEntries_IndexesOnlyDisclosureTypesAndMatchesReference()
    {
        var entries = new (ulong, byte[])[]
        {
            (3, Entry(5020, "production.created", A, B)),
            (5, Entry(4001, "request.received", B, C)),
            (7, Entry(7001, "index.revision", A)),
            (8, Entry(5020, "production.other", C)),
            (9, Encoding.ASCII.GetBytes("custos-event/v1\ntype 5020 production.created\nref " + C.ToUpperInvariant() + "\n")),
            (10, Entry(5060, "notice.sent", A, C)),
        };

        var index = DisclosureIndex.Build(entries);

        Assert.Equal("eaf7937c438dd34e4da151079bcc3b2c42a8664115dc0ea7624aa41e339ec375", Convert.ToHexStringLower(index.Root));
        Assert.Equal([3UL, 10UL], index.Find(Key(A)));
        Assert.Equal([3UL], index.Find(Key(B)));
        Assert.Equal([10UL], index.Find(Key(C)));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Build_VersionTwoEntries_AreReadLikeVersionOne_AndAnUnsealIsIndexed()
    {
        var v2 = new (ulong, byte[])[]
        {
            (3, Entry(5020, "production.created", 2, A)),
            (4, Entry(7020, "disclosure.unsealed", 2, B, C)),
            (5, Entry(7021, "disclosure.seal-extended", 2, B)),
            (6, Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Entry(7020, "disclosure.unsealed", 2, A)).Replace("custos-event/v2", "custos-event/v3", StringComparison.Ordinal))),
        };
        var v1 = new (ulong, byte[])[] { (3, Entry(5020, "production.created", A)), (4, Entry(7020, "disclosure.unsealed", B, C)) };

        var index = DisclosureIndex.Build(v2);

        Assert.Equal("custos-disclosure-index/v2", DisclosureIndex.Algorithm);
        Assert.Equal(Convert.ToHexStringLower(DisclosureIndex.Build(v1).Root), Convert.ToHexStringLower(index.Root));
        Assert.Equal([3UL], index.Find(Key(A)));
        Assert.Equal([4UL], index.Find(Key(B)));
        Assert.Equal([4UL], index.Find(Key(C)));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Build_NotACustosEntry_IsSkipped()
    {
        var index = DisclosureIndex.Build([(0, Encoding.ASCII.GetBytes("something else\ntype 5020 production.created\nref " + A + "\n")), (1, [0xff, 0x00])]);

        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Verify_TamperedMembershipProof_Fails()
    {
        var index = Sample();
        var proof = index.Prove(Key(A));
        Assert.True(proof.IsMembership);
        Assert.True(IndexProofVerifier.Verify(proof, index.Root).IsValid);

        var flipped = proof.Siblings.Select(s => (byte[])s.Clone()).ToList();
        flipped[0][5] ^= 1;
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { Siblings = flipped }, index.Root).Error!.Code);
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { Value = [.. proof.Value!, 99] }, index.Root).Error!.Code);
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { Value = proof.Value!.Skip(1).ToList() }, index.Root).Error!.Code);
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { Siblings = proof.Siblings.Skip(1).ToList() }, index.Root).Error!.Code);
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { Value = null }, index.Root).Error!.Code);
        Assert.Equal("index.value-invalid", IndexProofVerifier.Verify(proof with { Value = [10, 3] }, index.Root).Error!.Code);
        Assert.Equal("index.key-invalid", IndexProofVerifier.Verify(proof with { Key = new byte[15] }, index.Root).Error!.Code);
        var otherKey = Key(A);
        otherKey[15] ^= 1;
        Assert.False(IndexProofVerifier.Verify(proof with { Key = otherKey }, index.Root).IsValid);
    }

    [Fact]
    public void Verify_TamperedNonMembershipProof_Fails()
    {
        var index = Sample();
        // Shares A's first bits, so the walk ends at A's leaf: non-membership by another leaf.
        var absent = Key(A);
        absent[15] ^= 1;
        var proof = index.Prove(absent);
        Assert.False(proof.IsMembership);
        Assert.NotNull(proof.OtherKey);
        Assert.True(IndexProofVerifier.Verify(proof, index.Root).IsValid);

        Assert.Equal("index.other-leaf-is-key", IndexProofVerifier.Verify(proof with { Key = Key(A) }, index.Root).Error!.Code);
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { OtherKey = null, OtherValueHash = null }, index.Root).Error!.Code);
        var badHash = (byte[])proof.OtherValueHash!.Clone();
        badHash[0] ^= 0x80;
        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(proof with { OtherValueHash = badHash }, index.Root).Error!.Code);
        Assert.Equal("index.proof-ambiguous", IndexProofVerifier.Verify(proof with { Value = [3] }, index.Root).Error!.Code);
        var offPath = Key(C);
        Assert.Equal("index.other-leaf-off-path", IndexProofVerifier.Verify(proof with { OtherKey = offPath }, index.Root).Error!.Code);
    }

    [Fact]
    public void Verify_OtherRoot_Fails()
    {
        var index = Sample();
        var later = DisclosureIndex.Build([(3, Entry(5020, "production.created", A, B)), (10, Entry(5060, "notice.sent", A, C)), (11, Entry(5041, "notice.withheld", B))]);

        Assert.Equal("index.root-mismatch", IndexProofVerifier.Verify(index.Prove(Key(B)), later.Root).Error!.Code);
        Assert.Equal([3UL, 11UL], later.Find(Key(B)));
    }

    private static DisclosureIndex Sample() =>
        DisclosureIndex.Build([(3, Entry(5020, "production.created", A, B)), (10, Entry(5060, "notice.sent", A, C))]);

    internal static byte[] Key(string hex) => Convert.FromHexString(hex);

    internal static byte[] Entry(int typeId, string typeName, params string[] references) => Entry(typeId, typeName, 1, references);

    /// <summary>An entry of format version <paramref name="version"/>: version 2 has a public line before the commitment.</summary>
    internal static byte[] Entry(int typeId, string typeName, int version, params string[] references)
    {
        var text = new StringBuilder();
        text.Append(version == 2 ? "custos-event/v2\n" : "custos-event/v1\n").Append("type ").Append(typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(typeName).Append('\n');
        text.Append("time 2026-01-01T00:00:00.000Z\npolicy -\nactor ").Append(new string('1', 32)).Append("\nsubject ").Append(new string('2', 32)).Append('\n');
        foreach (var reference in references.Order(StringComparer.Ordinal))
        {
            text.Append("ref ").Append(reference).Append('\n');
        }

        if (version == 2)
        {
            text.Append("public {\"unseals\":3,\"salt\":\"").Append(new string('4', 64)).Append("\"}\n");
        }

        text.Append("commitment ").Append(new string('3', 64)).Append('\n');
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
