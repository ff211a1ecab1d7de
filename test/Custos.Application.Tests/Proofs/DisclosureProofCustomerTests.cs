using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.TestSupport;

namespace Custos.Application.Tests.Proofs;

/// <summary>A customer checks that the key of a proof file is theirs: with the account id and code in the file (v2), or with their own.</summary>
public class DisclosureProofCustomerTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ExportWithCode_CarriesTheAccountAndCodeThatGiveTheKey_AndVerifiesAsTheirs(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = (await DisclosureProofTests.ExportAsync(harness, "C1", withCode: true)).Value;

        var verdict = DisclosureProofVerifier.Verify(Json(file), harness.Signer.VerifierKey);

        Assert.Equal("custos-disclosure-proof/v2", file.Format);
        Assert.Equal(new ProofCustomer("C1", harness.Identity.DisclosureCode("C1")), file.Customer);
        Assert.Equal(CustomerIndexKey.Derive("C1", file.Customer!.Code), file.Key);
        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Equal(("C1", false), (verdict.Value.AccountId, verdict.Value.CodeGiven));
        Assert.EndsWith("notice.sent 2026-11-01; the key is account C1's (by the code in the file)", verdict.Value.Summary, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task Export_WithoutCode_IsVersion1WithNoCustomerMember(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var file = (await DisclosureProofTests.ExportAsync(harness, "C1")).Value;

        var json = JsonNode.Parse(Json(file))!.AsObject();

        Assert.Equal("custos-disclosure-proof/v1", json["format"]!.GetValue<string>());
        Assert.False(json.ContainsKey("customer"));
        Assert.Null(DisclosureProofVerifier.Verify(Json(file), harness.Signer.VerifierKey).Value.AccountId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_TheCustomersOwnAccountAndCode_ConfirmsTheKeyIsTheirs(bool withCode)
    {
        await using var harness = await Harness.CreateAsync("sqlite");
        var file = (await DisclosureProofTests.ExportAsync(harness, "C3", withCode)).Value;
        var typed = harness.Identity.DisclosureCode("C3").ToUpperInvariant().Insert(16, "-");

        var verdict = DisclosureProofVerifier.Verify(Json(file), harness.Signer.VerifierKey, new ProofCustomer("C3", typed));

        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Equal("no disclosure up to checkpoint 6 (index of the first 5 entries); the key is account C3's (checked with the code given)", verdict.Value.Summary);
    }

    [Theory]
    [InlineData("C1", "C2", "proof.key-not-yours")]
    [InlineData("C2", "C1", "proof.key-not-yours")]
    [InlineData("C1", "nonsense", "proof.code-invalid")]
    public async Task Verify_AnotherCustomersAccountOrCode_IsNotTheirs(string account, string codeOf, string error)
    {
        await using var harness = await Harness.CreateAsync("sqlite");
        var file = (await DisclosureProofTests.ExportAsync(harness, "C1")).Value;
        var code = codeOf == "nonsense" ? "not a code" : harness.Identity.DisclosureCode(codeOf);

        var verdict = DisclosureProofVerifier.Verify(Json(file), harness.Signer.VerifierKey, new ProofCustomer(account, code));

        Assert.False(verdict.IsSuccess);
        Assert.Equal(error, verdict.Errors[0].Code);
    }

    [Theory]
    [InlineData("account", "proof.customer-mismatch")]
    [InlineData("code", "proof.customer-mismatch")]
    [InlineData("customer-in-v1", "proof.malformed")]
    [InlineData("v2-without-customer", "proof.malformed")]
    [InlineData("unknown-member", "proof.malformed")]
    [InlineData("unknown-customer-member", "proof.malformed")]
    [InlineData("uppercase-code", "proof.malformed")]
    public async Task Verify_AlteredCustomerOrFormat_NamesTheFailure(string tamper, string error)
    {
        await using var harness = await Harness.CreateAsync("sqlite");
        var file = (await DisclosureProofTests.ExportAsync(harness, "C1", withCode: true)).Value;
        var node = JsonNode.Parse(Json(file))!.AsObject();
        switch (tamper)
        {
            case "account": node["customer"]!["accountId"] = "C2"; break;
            case "code": node["customer"]!["code"] = harness.Identity.DisclosureCode("C2"); break;
            case "customer-in-v1": node["format"] = "custos-disclosure-proof/v1"; break;
            case "v2-without-customer": node.Remove("customer"); break;
            case "unknown-member": node["note"] = "trust me"; break;
            case "unknown-customer-member": node["customer"]!["key"] = file.Key; break;
            case "uppercase-code": node["customer"]!["code"] = file.Customer!.Code.ToUpperInvariant(); break;
            default: break;
        }

        var verdict = DisclosureProofVerifier.Verify(node.ToJsonString(), harness.Signer.VerifierKey);

        Assert.False(verdict.IsSuccess);
        Assert.Equal(error, verdict.Errors[0].Code);
    }

    private static string Json(DisclosureProofFile file) => JsonSerializer.Serialize(file, JsonSerializerOptions.Web);
}
