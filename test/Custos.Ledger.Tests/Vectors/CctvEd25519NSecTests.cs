using System.Text;
using System.Text.Json;
using Custos.Ledger.Tests.Support;
using NSec.Cryptography;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>
/// Cross-check of semantics: NSec.Cryptography (libsodium) called directly, with no low-order blocklist of ours, over
/// every C2SP CCTV Ed25519 vector, against the same strict RFC 8032 verdicts that <see cref="CctvEd25519Tests"/> pins
/// for <c>Custos.Ledger.Crypto</c>. If a libsodium update changes what it rejects, this fails before anything else.
/// </summary>
public sealed class CctvEd25519NSecTests
{
    private static readonly string[] RejectFlags = ["low_order_A", "low_order_R", "non_canonical_A", "non_canonical_R", "low_order_residue"];

    [RequiresDataFact]
    public void Verify_EveryCctvVectorWithoutPreChecks_MatchesStrictRfc8032Verdict()
    {
        var vectors = JsonDocument.Parse(File.ReadAllText(TestData.PathOf("ledger-vectors/cctv-ed25519/ed25519vectors.json")))
            .RootElement.EnumerateArray().ToArray();
        var algorithm = SignatureAlgorithm.Ed25519;
        var mismatches = new List<string>();
        foreach (var vector in vectors)
        {
            var flags = vector.GetProperty("flags").ValueKind == JsonValueKind.Array
                ? vector.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToArray()
                : [];
            var expected = !flags.Intersect(RejectFlags).Any();
            var key = PublicKey.Import(algorithm, Convert.FromHexString(vector.GetProperty("key").GetString()!), KeyBlobFormat.RawPublicKey);
            var actual = algorithm.Verify(
                key,
                Encoding.UTF8.GetBytes(vector.GetProperty("msg").GetString()!),
                Convert.FromHexString(vector.GetProperty("sig").GetString()!));
            if (actual != expected)
            {
                mismatches.Add($"vector {vector.GetProperty("number").GetInt32()} [{string.Join(",", flags)}]: expected {expected}, got {actual}");
            }
        }

        Assert.Equal(914, vectors.Length);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }
}
