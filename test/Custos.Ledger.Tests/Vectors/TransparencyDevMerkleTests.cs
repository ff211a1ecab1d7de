using Custos.Ledger.Merkle;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>Every probe in transparency-dev/merkle testdata: happy paths verify, every wantErr probe is rejected.</summary>
public sealed class TransparencyDevMerkleTests
{
    public static TheoryData<string> InclusionFiles => MerkleVectorFiles.In("inclusion");

    public static TheoryData<string> ConsistencyFiles => MerkleVectorFiles.In("consistency");

    public static TheoryData<string> SubtreeInclusionFiles => MerkleVectorFiles.In("subtreeinclusion");

    public static TheoryData<string> SubtreeConsistencyFiles => MerkleVectorFiles.In("subtreeconsistency");

    [RequiresDataFact]
    public void VectorFolders_AllFour_HoldAllProbes()
    {
        var total = InclusionFiles.Count + ConsistencyFiles.Count + SubtreeInclusionFiles.Count + SubtreeConsistencyFiles.Count;
        Assert.Equal(518, total);
    }

    [RequiresDataTheory]
    [MemberData(nameof(InclusionFiles))]
    public void VerifyInclusion_TransparencyDevProbe_MatchesWantErr(string file)
    {
        var probe = MerkleVectorFiles.Read(file);
        var verdict = ProofVerifier.VerifyInclusion(
            MerkleVectorFiles.Bytes(probe, "leafHash"),
            MerkleVectorFiles.Number(probe, "leafIdx"),
            MerkleVectorFiles.Number(probe, "treeSize"),
            MerkleVectorFiles.Proof(probe),
            MerkleVectorFiles.Bytes(probe, "root"));
        Assert.True(probe.GetProperty("wantErr").GetBoolean() != verdict.IsValid, $"{file}: {verdict}");
    }

    [RequiresDataTheory]
    [MemberData(nameof(ConsistencyFiles))]
    public void VerifyConsistency_TransparencyDevProbe_MatchesWantErr(string file)
    {
        var probe = MerkleVectorFiles.Read(file);
        var verdict = ProofVerifier.VerifyConsistency(
            MerkleVectorFiles.Number(probe, "size1"),
            MerkleVectorFiles.Number(probe, "size2"),
            MerkleVectorFiles.Bytes(probe, "root1"),
            MerkleVectorFiles.Bytes(probe, "root2"),
            MerkleVectorFiles.Proof(probe));
        Assert.True(probe.GetProperty("wantErr").GetBoolean() != verdict.IsValid, $"{file}: {verdict}");
    }

    [RequiresDataTheory]
    [MemberData(nameof(SubtreeInclusionFiles))]
    public void VerifySubtreeInclusion_TransparencyDevProbe_MatchesWantErr(string file)
    {
        var probe = MerkleVectorFiles.Read(file);
        var verdict = ProofVerifier.VerifySubtreeInclusion(
            MerkleVectorFiles.Bytes(probe, "leafHash"),
            MerkleVectorFiles.Number(probe, "leafIdx"),
            MerkleVectorFiles.Number(probe, "start"),
            MerkleVectorFiles.Number(probe, "end"),
            MerkleVectorFiles.Proof(probe),
            MerkleVectorFiles.Bytes(probe, "root"));
        Assert.True(probe.GetProperty("wantErr").GetBoolean() != verdict.IsValid, $"{file}: {verdict}");
    }

    [RequiresDataTheory]
    [MemberData(nameof(SubtreeConsistencyFiles))]
    public void VerifySubtreeConsistency_TransparencyDevProbe_MatchesWantErr(string file)
    {
        var probe = MerkleVectorFiles.Read(file);
        var verdict = ProofVerifier.VerifySubtreeConsistency(
            MerkleVectorFiles.Number(probe, "start"),
            MerkleVectorFiles.Number(probe, "end"),
            MerkleVectorFiles.Number(probe, "size"),
            MerkleVectorFiles.Bytes(probe, "root1"),
            MerkleVectorFiles.Bytes(probe, "root2"),
            MerkleVectorFiles.Proof(probe));
        Assert.True(probe.GetProperty("wantErr").GetBoolean() != verdict.IsValid, $"{file}: {verdict}");
    }
}
