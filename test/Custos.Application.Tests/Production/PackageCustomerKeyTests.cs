using System.Text.Json.Nodes;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Application.Tests.Production;

/// <summary>
/// The agency's check that the production event names exactly the customers whose data the package holds: their index
/// keys recomputed from the account ids of the data and the disclosure codes of the manifest, and the listed request and
/// agency references — none missing, none extra.
/// </summary>
public sealed class PackageCustomerKeyTests : IDisposable
{
    private static readonly TestProductions.AgencyKeyPair Agency = TestProductions.NewAgency();
    private readonly NoteSignerKey _ledgerKey = NoteSignerKey.Generate(TestProductions.LedgerOrigin);

    public void Dispose() => _ledgerKey.Dispose();

    private Domain.Common.Result<VerifiedPackage> Verify(byte[] package)
    {
        using var key = Agency.PrivateKey();
        return PackageVerifier.Verify(package, key, _ledgerKey.VerifierKey);
    }

    [Fact]
    public async Task Verify_TwoCustomers_NamesTheirKeysAsTheEventDoes()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey, TestProductions.TwoCustomers());

        var verified = Verify(package.Sealed.Bytes);

        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
        Assert.Equal(["C1042", "C2001"], verified.Value.Manifest.Customers.Select(c => c.AccountId));
        Assert.Equal([TestProductions.Identities.CustomerKey("C1042"), TestProductions.Identities.CustomerKey("C2001")], verified.Value.CustomerKeys);
        var refs = LedgerEntryFormat.Parse(package.Evidence.Entry).Value.References;
        Assert.Equal(4, refs.Count);
        Assert.All(verified.Value.CustomerKeys, k => Assert.Contains(k, refs));
    }

    [Fact]
    public async Task Verify_ProductionSealedUnderANonDisclosureOrder_OpensTheCommitmentToItsCustomers()
    {
        var (_, sealedPackage) = await TestProductions.SealedUnderOrderAsync(Agency, _ledgerKey, contents: TestProductions.TwoCustomers());

        Assert.True(sealedPackage.IsSuccess, sealedPackage.IsSuccess ? null : sealedPackage.Error.Message);
        var verified = Verify(sealedPackage.Value.Bytes);

        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
        Assert.Equal([TestProductions.Identities.CustomerKey("C1042"), TestProductions.Identities.CustomerKey("C2001")], verified.Value.CustomerKeys);
    }

    [Fact]
    public async Task Seal_SealedProductionCommittingToOtherKeys_IsRefusedBeforeRelease()
    {
        // The operator seals the production under a commitment to one customer fewer than its data holds.
        var (_, sealedPackage) = await TestProductions.SealedUnderOrderAsync(
            Agency, _ledgerKey, keys => [.. keys.Take(keys.Count - 1)], TestProductions.TwoCustomers());

        Assert.False(sealedPackage.IsSuccess);
        Assert.Contains("commitment is not to the index keys of the package's 2 customers", sealedPackage.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EventLoggedUnderAnotherKey_FailsNamingOneMissingAndOneExtra()
    {
        // The operator logs the production under a key that is not the customer's (here: the key of the same account under another identity key).
        var other = new LedgerIdentityKey(new byte[32]);
        var right = TestProductions.Identities.CustomerKey("C1042");
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, refs => [.. refs.Where(r => r != right), other.CustomerKey("C1042")]);

        var verified = Verify(forged);

        Assert.False(verified.IsSuccess);
        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("1 of the package's 1 customers' index keys are missing", verified.Error.Message, StringComparison.Ordinal);
        Assert.Contains("1 of its 3 keys are extra", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EventOmittingOneOfTwoCustomers_FailsNamingOneMissing()
    {
        var omitted = TestProductions.Identities.CustomerKey("C2001");
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, refs => [.. refs.Where(r => r != omitted)], contents: TestProductions.TwoCustomers());

        var verified = Verify(forged);

        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("1 of the package's 2 customers' index keys are missing", verified.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("extra", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EventNamingACustomerWhoseDataIsNotInThePackage_FailsNamingOneExtra()
    {
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, refs => [.. refs, TestProductions.Identities.CustomerKey("C9999")]);

        var verified = Verify(forged);

        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("1 of its 4 keys are extra", verified.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EventWithoutTheListedAgencyReference_FailsNamingIt()
    {
        var agency = TestProductions.Identities.Opaque("agency:agy_test");
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, refs => [.. refs.Where(r => r != agency)]);

        var verified = Verify(forged);

        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("the listed agency reference(s) are missing", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_CustomersKeyAlsoListedAsTheAgencyReference_Fails()
    {
        // The manifest lists the customer's own key as the agency's too: one key cannot be both, and the agency's real key is then extra.
        var customer = TestProductions.Identities.CustomerKey("C1042");
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, changeManifest: m => Manifest(m, root => AgencyReference(root)["key"] = customer));

        var verified = Verify(forged);

        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("1 customer key(s) are also listed as another reference", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnotherCustomersKeyPassedOffAsTheAgencys_CannotBeTold()
    {
        // The limit docs/proofs.md states: the agency cannot recompute the request, agency and officer keys (they are the
        // operator's keyed hashes), so an event naming another customer in the agency reference's place, with the manifest
        // listing that key as the agency's, passes. It over-reports (C9999's proof shows a disclosure); it cannot hide one.
        var agency = TestProductions.Identities.Opaque("agency:agy_test");
        var other = TestProductions.Identities.CustomerKey("C9999");
        var forged = await TestProductions.ForgedAsync(
            Agency, _ledgerKey, refs => [.. refs.Where(r => r != agency), other], m => Manifest(m, root => AgencyReference(root)["key"] = other));

        Assert.True(Verify(forged).IsSuccess);
    }

    [Fact]
    public async Task Verify_WrongCodeInTheManifest_FailsAsTheKeyIsMissing()
    {
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, changeManifest: m => Manifest(m, root =>
            root["customers"]![0]!["code"] = TestProductions.Identities.DisclosureCode("C2001")));

        var verified = Verify(forged);

        Assert.Equal("package.customer-keys-mismatch", verified.Error.Code);
        Assert.Contains("1 of the package's 1 customers' index keys are missing", verified.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unlisted", "1 account(s) in the data are not listed (first: 'C1042')")]
    [InlineData("dataless", "1 listed account(s) have no data in the package (first: 'C2001')")]
    public async Task Verify_ManifestCustomersOtherThanTheData_FailsAsCustomersMismatch(string change, string why)
    {
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, changeManifest: m => Manifest(m, root =>
        {
            var customers = root["customers"]!.AsArray();
            if (change == "unlisted")
            {
                customers.Clear();
            }
            else
            {
                customers.Add(new JsonObject { ["accountId"] = "C2001", ["code"] = TestProductions.Identities.DisclosureCode("C2001") });
            }
        }));

        var verified = Verify(forged);

        Assert.Equal("package.customers-mismatch", verified.Error.Code);
        Assert.Contains(why, verified.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-request")]
    [InlineData("unknown-kind")]
    [InlineData("uppercase-code")]
    [InlineData("unordered")]
    public async Task Verify_MalformedReferences_FailAsManifestMalformed(string change)
    {
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, contents: TestProductions.TwoCustomers(), changeManifest: m => Manifest(m, root =>
        {
            var others = root["otherReferences"]!.AsArray();
            var customers = root["customers"]!.AsArray();
            switch (change)
            {
                case "no-request": others.RemoveAt(1); break;
                case "unknown-kind": others[0]!["kind"] = "customer"; break;
                case "uppercase-code": customers[0]!["code"] = customers[0]!["code"]!.GetValue<string>().ToUpperInvariant(); break;
                case "unordered": customers.Add(customers[0]!.DeepClone()); customers.RemoveAt(0); break;
                default: break;
            }
        }));

        Assert.Equal("package.manifest-malformed", Verify(forged).Error.Code);
    }

    [Fact]
    public async Task Verify_Version1Package_RefusedSayingWhy()
    {
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, changeManifest: m => Manifest(m, root =>
        {
            root.Remove("format");
            root.Remove("customers");
            root.Remove("otherReferences");
        }));

        var verified = Verify(forged);

        Assert.Equal("package.format-unsupported", verified.Error.Code);
        Assert.Contains("version 1 package", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_EventNamingOtherKeys_Refused()
    {
        var contents = TestProductions.Contents();
        var plain = PackageBuilderTests.Build(contents).Value;
        using var certificate = Agency.Certificate();
        var details = TestProductions.Details(contents, plain, certificate);
        var right = TestProductions.Refs(TestProductions.References(contents));
        var wrong = await TestProductions.LedgerWithEventAsync(details, _ledgerKey, [.. right.Skip(1), new string('e', 32)]);

        var sealedPackage = PackageSealer.Seal(plain, wrong, certificate, _ledgerKey.VerifierKey);

        Assert.Equal("production.evidence-invalid", sealedPackage.Error.Code);
        Assert.Contains("does not name exactly the customers", sealedPackage.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReferencesOfOtherCustomersThanTheData_IsAProgrammingError()
    {
        var contents = TestProductions.Contents();

        Assert.Throws<ArgumentException>(() => PackageBuilder.Build(contents, TestProductions.References(TestProductions.TwoCustomers())));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Manifest(string text, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        change(root);
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonNode AgencyReference(JsonObject root) => root["otherReferences"]!.AsArray().First(r => r!["kind"]!.GetValue<string>() == "agency")!;
}
