using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Application.Proofs;
using Custos.Ledger.Index;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Application.Tests.Proofs;

/// <summary>Proof file format v3: the same verdicts as version 1 in less space, read strictly.</summary>
public class CompactProofFormatTests
{
    private static readonly NoteSignerKey Signer = NoteSignerKey.Generate("test.custos/ledger");
    private static readonly string Member = new string('a', 31) + "1";
    private static readonly Lazy<ProofFixture> Log = new(() => new ProofFixture(
        Signer, [(Member, 3), .. Enumerable.Range(0, 300).Select(i => (ProofFixture.KeyOf(i), 1 + (i % 2)))]));

    [Fact]
    public void Write_KeyWithEvents_VerifiesWithTheVerdictOfVersion1()
    {
        var file = Log.Value.File(Member);

        var v1 = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file, JsonSerializerOptions.Web), Signer.VerifierKey);
        var v3 = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey);

        Assert.True(v3.IsSuccess, v3.IsSuccess ? null : v3.Errors[0].Message);
        Assert.Equal(3, v3.Value.Events.Count);
        Assert.Equal(v1.Value.Summary, v3.Value.Summary);
    }

    [Theory, SqliteData]
    public async Task Write_ExportedForTheCustomer_VerifiesWithTheirCodeAndCarriesIt(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = (await DisclosureProofTests.ExportAsync(harness, "C1", withCode: true)).Value;
        var text = CompactProofFormat.Write(file);

        var verdict = DisclosureProofVerifier.Verify(text, harness.Signer.VerifierKey, new ProofCustomer("C1", harness.Identity.DisclosureCode("C1")));

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Equal(["production.created", "notice.sent"], verdict.Value.Events.Select(e => e.TypeName));
        Assert.True(verdict.Value.CodeGiven);
        Assert.Equal("C1", JsonNode.Parse(text)!["customer"]!["accountId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_AbsentKey_VerifiesAsNoDisclosureWhetherThePathEndsAtALeafOrEmpty(bool atOtherLeaf)
    {
        var key = Enumerable.Range(0, 1000).Select(_ => ProofFixture.RandomKey())
            .First(k => Log.Value.Index.Prove(Convert.FromHexString(k)).OtherKey is not null == atOtherLeaf);
        var text = CompactProofFormat.Write(Log.Value.File(key));

        var verdict = DisclosureProofVerifier.Verify(text, Signer.VerifierKey);

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Empty(verdict.Value.Events);
        Assert.Equal(CompactProofFormat.FormatName, JsonNode.Parse(text)!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Write_IndexProof_LeavesOutEmptySiblingsAndIsSmallerThanVersion1()
    {
        var file = Log.Value.File(Member);
        var v3 = JsonNode.Parse(CompactProofFormat.Write(file))!;
        var v1 = JsonNode.Parse(JsonSerializer.Serialize(file, JsonSerializerOptions.Web))!;
        var written = file.Index.Siblings.Count(s => s != new string('0', 64));

        var index = Convert.FromBase64String(v3["index"]!.GetValue<string>());

        Assert.Equal(2 + ((file.Index.Siblings.Count + 7) / 8) + (32 * written), index.Length);
        Assert.True(written < file.Index.Siblings.Count, "a 301-key tree has empty siblings on a 3-event key's path");
        Assert.True(v3["index"]!.ToJsonString().Length * 2 < v1["index"]!.ToJsonString().Length);
        Assert.True(v3.ToJsonString().Length < v1.ToJsonString().Length);
    }

    [Theory]
    [InlineData("extra-field", "proof.malformed")]
    [InlineData("missing-field", "proof.malformed")]
    [InlineData("duplicate-field", "proof.malformed")]
    [InlineData("number-as-string", "proof.malformed")]
    [InlineData("key-upper-case", "proof.malformed")]
    [InlineData("base64-white-space", "proof.malformed")]
    [InlineData("salt-short", "proof.malformed")]
    [InlineData("inclusion-not-whole-hashes", "proof.malformed")]
    [InlineData("index-trailing-byte", "proof.malformed")]
    [InlineData("index-padding-bit", "proof.malformed")]
    [InlineData("index-kind", "proof.malformed")]
    [InlineData("index-empty-sibling-written", "proof.malformed")]
    [InlineData("index-sibling-byte", "proof.index-invalid")]
    [InlineData("drop-event", "proof.index-invalid")]
    [InlineData("event-entry-byte", "proof.event-not-included")]
    [InlineData("event-inclusion-hash", "proof.event-not-included")]
    [InlineData("revision-details", "proof.revision-commitment")]
    [InlineData("truncated", "proof.malformed")]
    [InlineData("null-event", "proof.malformed")]
    [InlineData("customer-incomplete", "proof.malformed")]
    public void Verify_HostileOrTamperedV3_NamesTheFailure(string tamper, string code)
    {
        var text = CompactProofFormat.Write(Log.Value.File(Member));
        var node = JsonNode.Parse(text)!;
        var index = Convert.FromBase64String(node["index"]!.GetValue<string>());
        switch (tamper)
        {
            case "extra-field": node["revision"]!["note"] = "x"; break;
            case "missing-field": node.AsObject().Remove("checkpoint"); break;
            case "number-as-string": node["revision"]!["leafIndex"] = node["revision"]!["leafIndex"]!.ToJsonString(); break;
            case "key-upper-case": node["key"] = Member.ToUpperInvariant(); break;
            case "base64-white-space": node["revision"]!["entry"] = " " + node["revision"]!["entry"]!.GetValue<string>(); break;
            case "salt-short": node["revision"]!["salt"] = Convert.ToBase64String(new byte[31]); break;
            case "inclusion-not-whole-hashes": node["events"]![0]!["inclusion"] = Convert.ToBase64String(new byte[33]); break;
            case "index-trailing-byte": node["index"] = Convert.ToBase64String([.. index, 0]); break;
            case "index-padding-bit": node["index"] = Convert.ToBase64String(SetPaddingBit(index)); break;
            case "index-kind": index[0] = 3; node["index"] = Convert.ToBase64String(index); break;
            case "index-empty-sibling-written": node["index"] = Convert.ToBase64String(WriteOutAnEmptySibling(index)); break;
            case "index-sibling-byte": index[^1] ^= 1; node["index"] = Convert.ToBase64String(index); break;
            case "drop-event": node["events"]!.AsArray().RemoveAt(1); break;
            case "event-entry-byte": node["events"]![0]!["entry"] = FlipBase64(node["events"]![0]!["entry"]!.GetValue<string>()); break;
            case "event-inclusion-hash": node["events"]![2]!["inclusion"] = FlipBase64(node["events"]![2]!["inclusion"]!.GetValue<string>()); break;
            case "revision-details": node["revision"]!["details"] = node["revision"]!["details"]!.GetValue<string>().Replace("\"logSize\":", "\"logSize\":1", StringComparison.Ordinal); break;
            case "null-event": node["events"]![1] = null; break;
            case "customer-incomplete": node["customer"] = new JsonObject { ["accountId"] = "C1" }; break;
            default: break;
        }

        var hostile = tamper switch
        {
            "truncated" => text[..(text.Length * 2 / 3)],
            "duplicate-field" => text.Replace("\"key\":", "\"key\": \"" + new string('b', 32) + "\", \"key\":", StringComparison.Ordinal),
            _ => node.ToJsonString(),
        };
        var verdict = DisclosureProofVerifier.Verify(hostile, Signer.VerifierKey);

        Assert.False(verdict.IsSuccess, tamper);
        Assert.Equal(code, verdict.Errors[0].Code);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Errors[0].Message));
    }

    [Fact]
    public void Verify_V3LargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var text = CompactProofFormat.Write(Log.Value.File(Member));
        var oversized = text.TrimEnd()[..^1] + ",\"padding\":\"" + new string('x', CompactProofFormat.MaxFileLength) + "\"}";

        var verdict = DisclosureProofVerifier.Verify(oversized, Signer.VerifierKey);

        Assert.Equal("proof.too-large", verdict.Errors[0].Code);
    }

    [Fact]
    public void Verify_V3WithAnotherCustomersAccount_IsCaught()
    {
        var file = Log.Value.File(Member) with { Format = DisclosureProofFile.FormatWithCustomer, Customer = new ProofCustomer("C1", new string('c', 32)) };

        var verdict = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey);

        Assert.Equal("proof.customer-mismatch", verdict.Errors[0].Code);
    }

    [Fact]
    public void Verify_RevisionPublicPartAgreeing_Verifies()
    {
        var file = Log.Value.File(Member);

        Assert.True(DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file, JsonSerializerOptions.Web), Signer.VerifierKey).IsSuccess);
        Assert.True(DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey).IsSuccess);
    }

    [Fact]
    public void Verify_RevisionWithoutPublicPart_VerifiesFromItsCommittedDetails()
    {
        var file = Log.Value.File(Member, publicPart: "");

        var verdict = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey);

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("log-size")]
    [InlineData("algorithm")]
    [InlineData("not-details")]
    public void Verify_RevisionPublicPartDisagreeingWithItsDetails_IsRefused(string what)
    {
        var root = Convert.ToHexStringLower(Log.Value.Index.Root);
        var size = Log.Value.File(Member).Revision.LeafIndex;
        var shown = what switch
        {
            "root" => $$"""{"logSize":{{size}},"root":"{{new string('e', 64)}}","algorithm":"{{DisclosureIndex.Algorithm}}"}""",
            "log-size" => $$"""{"logSize":{{size - 1}},"root":"{{root}}","algorithm":"{{DisclosureIndex.Algorithm}}"}""",
            "algorithm" => $$"""{"logSize":{{size}},"root":"{{root}}","algorithm":"custos-disclosure-index/v1"}""",
            _ => """{"count":3}""",
        };
        var file = Log.Value.File(Member, publicPart: shown);

        var v1 = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file, JsonSerializerOptions.Web), Signer.VerifierKey);
        var v3 = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey);

        Assert.Equal("proof.revision-public-mismatch", v1.Errors[0].Code);
        Assert.Equal("proof.revision-public-mismatch", v3.Errors[0].Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"logSize":3,"root":"zz","algorithm":"custos-disclosure-index/v2"}""")]
    [InlineData("""{"logSize":3,"root":"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz","algorithm":"custos-disclosure-index/v2"}""")]
    public void Verify_RevisionDetailsThatOpenTheCommitmentButAreMalformed_AreRevisionInvalid(string details)
    {
        var file = Log.Value.File(Member, details: details, publicPart: "");

        var v1 = DisclosureProofVerifier.Verify(JsonSerializer.Serialize(file, JsonSerializerOptions.Web), Signer.VerifierKey);
        var v3 = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file), Signer.VerifierKey);

        Assert.Equal("proof.revision-invalid", v1.Errors[0].Code);
        Assert.Equal("proof.revision-invalid", v3.Errors[0].Code);
    }

    private static byte[] SetPaddingBit(byte[] index)
    {
        int n = index[1];
        Assert.NotEqual(0, n % 8);
        var copy = (byte[])index.Clone();
        copy[2 + (n / 8)] |= 1;
        return copy;
    }

    /// <summary>The encoding with the first empty sibling written out as 32 zero bytes (its bitmap bit set).</summary>
    private static byte[] WriteOutAnEmptySibling(byte[] index)
    {
        int n = index[1];
        var depth = Enumerable.Range(0, n).First(d => (index[2 + (d >> 3)] & (0x80 >> (d & 7))) == 0);
        var before = Enumerable.Range(0, depth).Count(d => (index[2 + (d >> 3)] & (0x80 >> (d & 7))) != 0);
        var at = 2 + ((n + 7) / 8) + (32 * before);
        var copy = index.ToList();
        copy[2 + (depth >> 3)] |= (byte)(0x80 >> (depth & 7));
        copy.InsertRange(at, new byte[32]);
        return [.. copy];
    }

    private static string FlipBase64(string text)
    {
        var bytes = Convert.FromBase64String(text);
        bytes[bytes.Length / 2] ^= 1;
        return Convert.ToBase64String(bytes);
    }
}
