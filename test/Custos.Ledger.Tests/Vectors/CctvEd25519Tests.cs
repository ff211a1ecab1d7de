using System.Text;
using System.Text.Json;
using Custos.Ledger.Crypto;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>
/// C2SP CCTV Ed25519 edge cases with strict RFC 8032 verdicts (as libsodium and dalek's verify_strict): reject
/// low-order A or R, non-canonical A or R, and low-order residues; accept the rest.
/// </summary>
public sealed class CctvEd25519Tests
{
    private static readonly string[] RejectFlags = ["low_order_A", "low_order_R", "non_canonical_A", "non_canonical_R", "low_order_residue"];

    public static TheoryData<int> Numbers
    {
        get
        {
            var data = new TheoryData<int>();
            foreach (var vector in Vectors())
            {
                data.Add(vector.GetProperty("number").GetInt32());
            }

            return data;
        }
    }

    private static JsonElement[] Vectors() => TestData.Directory is null
        ? []
        : JsonDocument.Parse(File.ReadAllText(TestData.PathOf("ledger-vectors/cctv-ed25519/ed25519vectors.json"))).RootElement.EnumerateArray().ToArray();

    [RequiresDataFact]
    public void Vectors_File_Holds914()
    {
        Assert.Equal(914, Vectors().Length);
    }

    [RequiresDataTheory]
    [MemberData(nameof(Numbers))]
    public void Verify_CctvVector_MatchesStrictRfc8032Verdict(int number)
    {
        var vector = Vectors().Single(v => v.GetProperty("number").GetInt32() == number);
        var flags = vector.GetProperty("flags").ValueKind == JsonValueKind.Array
            ? vector.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToArray()
            : [];
        var expected = !flags.Intersect(RejectFlags).Any();
        using var key = Ed25519PublicKey.Import(Convert.FromHexString(vector.GetProperty("key").GetString()!));
        var actual = key.Verify(Encoding.UTF8.GetBytes(vector.GetProperty("msg").GetString()!), Convert.FromHexString(vector.GetProperty("sig").GetString()!));
        Assert.True(expected == actual, $"vector {number} flags [{string.Join(",", flags)}]: expected {expected}, got {actual}");
    }
}
