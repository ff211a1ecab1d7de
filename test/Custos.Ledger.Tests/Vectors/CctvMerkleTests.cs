using System.Text;
using System.Text.Json;
using Custos.Ledger.Merkle;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>rgdd/CCTV merkle vectors: tree heads for known leaves, valid and invalid proofs.</summary>
public sealed class CctvMerkleTests
{
    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf(Path.Combine("ledger-vectors", "cctv-merkle", name)))).RootElement;

    private static byte[] B64(JsonElement e, string name) => Convert.FromBase64String(e.GetProperty(name).GetString()!);

    private static byte[][] ProofPath(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!)).ToArray();

    [RequiresDataFact]
    public void HashLeafAndComputeRoot_CctvTreeHeads_MatchEveryPrefix()
    {
        var rows = Load("merkle_tree.json").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        var range = new CompactRange();
        var leaves = new List<byte[]>();
        foreach (var row in rows)
        {
            var leaf = MerkleHash.HashLeaf(Encoding.UTF8.GetBytes(row.GetProperty("leaf_data").GetString()!));
            Assert.Equal(B64(row, "leaf_hash"), leaf);
            leaves.Add(leaf);
            range.AppendLeafHash(leaf);
            Assert.Equal(B64(row, "root_hash"), range.ComputeRoot());
            Assert.Equal(B64(row, "root_hash"), MerkleHash.ComputeRoot(leaves));
        }
    }

    [RequiresDataFact]
    public void VerifyInclusion_CctvValidAndInvalid_MatchesExpectation()
    {
        foreach (var (file, valid) in new[] { ("inclusion-valid.json", true), ("inclusion-invalid.json", false) })
        {
            var rows = Load(file).EnumerateArray().ToArray();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var verdict = ProofVerifier.VerifyInclusion(B64(row, "leaf_hash"), row.GetProperty("leaf_index").GetUInt64(), row.GetProperty("tree_size").GetUInt64(), ProofPath(row, "inclusion_path"), B64(row, "root_hash"));
                Assert.True(valid == verdict.IsValid, $"{file} {row}: {verdict}");
            }
        }
    }

    [RequiresDataFact]
    public void VerifyConsistency_CctvValidAndInvalid_MatchesExpectation()
    {
        foreach (var (file, valid) in new[] { ("consistency-valid.json", true), ("consistency-invalid.json", false) })
        {
            var rows = Load(file).EnumerateArray().ToArray();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var verdict = ProofVerifier.VerifyConsistency(row.GetProperty("old_size").GetUInt64(), row.GetProperty("new_size").GetUInt64(), B64(row, "old_root"), B64(row, "new_root"), ProofPath(row, "consistency_path"));
                Assert.True(valid == verdict.IsValid, $"{file} {row}: {verdict}");
            }
        }
    }
}
