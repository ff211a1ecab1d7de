using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Production;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Application.Tests.Production;

/// <summary>Sealing and verifying packages against a real tiled ledger, a real certificate and, where present, openssl.</summary>
public sealed class PackageVerifierTests : IDisposable
{
    private static readonly TestProductions.AgencyKeyPair Agency = TestProductions.NewAgency();
    private readonly NoteSignerKey _ledgerKey = NoteSignerKey.Generate(TestProductions.LedgerOrigin);

    public void Dispose() => _ledgerKey.Dispose();

    private Result Verify(byte[] package, TestProductions.AgencyKeyPair? agency = null, NoteVerifierKey? ledgerKey = null)
    {
        using var key = (agency ?? Agency).PrivateKey();
        var verified = PackageVerifier.Verify(package, key, ledgerKey ?? _ledgerKey.VerifierKey);
        return new Result(verified.IsSuccess ? verified.Value : null, verified.IsSuccess ? null : verified.Error);
    }

    [Fact]
    public async Task Verify_RoundTrip_EveryFileMatchesAndTheLedgerProvesTheManifest()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);

        var verified = Verify(package.Sealed.Bytes);

        Assert.Null(verified.Error);
        var value = verified.Value!;
        Assert.Equal(package.Plain.ManifestSha256, value.ManifestSha256);
        Assert.Equal(package.Plain.Manifest.Files.Select(f => f.Path), value.Manifest.Files.Select(f => f.Path));
        Assert.Equal((ulong)package.Evidence.LeafIndex, value.LeafIndex);
        Assert.Equal((ulong)package.Evidence.TreeSize, value.Checkpoint.Size);
        Assert.Equal(TestProductions.LedgerOrigin, value.Checkpoint.Origin);
        foreach (var (path, bytes) in PackageBuilderTests.Entries(package.Plain.Archive))
        {
            Assert.Equal(bytes, value.Files[path]);
        }

        Assert.Equal(PackageFormat.LedgerPaths.Order(StringComparer.Ordinal), value.Files.Keys.Where(k => k.StartsWith("ledger/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(package.Sealed.Sha256, Convert.ToHexStringLower(SHA256.HashData(package.Sealed.Bytes)));
    }

    [Fact]
    public async Task Verify_AnotherAgencysKey_FailsNamingTheRecipient()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);

        var verified = Verify(package.Sealed.Bytes, TestProductions.NewAgency("Someone Else"));

        Assert.Equal("package.wrong-key", verified.Error!.Code);
        Assert.Contains("CN=Agency Productions", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedDataFile_FailsNamingTheFile()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, "data/target-0/transactions.csv", b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("0.00012345", "0.00012346", StringComparison.Ordinal))));

        var verified = Verify(tampered);

        Assert.Equal("package.file-mismatch", verified.Error!.Code);
        Assert.Contains("data/target-0/transactions.csv", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedManifest_FailsAsNotCommitted()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.ManifestPath, b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("vot_compliance", "vot_forged", StringComparison.Ordinal))));

        var verified = Verify(tampered);

        Assert.Equal("package.manifest-not-committed", verified.Error!.Code);
        Assert.Contains(package.Plain.ManifestSha256, verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestAndFileChangedTogether_StillCaughtByTheCommitment()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
        {
            var forged = Encoding.UTF8.GetBytes("account_id\nC9999\n");
            TestProductions.Replace(zip, "data/target-0/subscriber.csv", _ => forged);
            var hash = Convert.ToHexStringLower(SHA256.HashData(forged));
            TestProductions.Replace(zip, PackageFormat.ManifestPath, b =>
            {
                var file = package.Plain.Manifest.Files.Single(f => f.Path == "data/target-0/subscriber.csv");
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace(file.Sha256, hash, StringComparison.Ordinal));
            });
        });

        Assert.Equal("package.manifest-not-committed", Verify(tampered).Error!.Code);
    }

    [Fact]
    public async Task Verify_AlteredInclusionProof_FailsAsNotProven()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var proof = package.Evidence.InclusionProof.Select(h => (byte[])h.Clone()).ToArray();
        proof[2][0] ^= 0x01;
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.InclusionProofPath, _ => PackageSealer.ProofJson(package.Evidence.LeafIndex, package.Evidence.TreeSize, proof)));

        var verified = Verify(tampered);

        Assert.Equal("package.inclusion-proof-invalid", verified.Error!.Code);
        Assert.Contains("proof.inclusion.root-mismatch", verified.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ProofForAnotherLeaf_FailsAsNotProven()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.InclusionProofPath, _ => PackageSealer.ProofJson(package.Evidence.LeafIndex + 1, package.Evidence.TreeSize, package.Evidence.InclusionProof)));

        Assert.Equal("package.inclusion-proof-invalid", Verify(tampered).Error!.Code);
    }

    [Fact]
    public async Task Verify_AnotherLedgerKey_FailsAsBadCheckpointSignature()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        using var other = NoteSignerKey.Generate(TestProductions.LedgerOrigin);

        var verified = Verify(package.Sealed.Bytes, ledgerKey: other.VerifierKey);

        Assert.Equal("package.checkpoint-signature-invalid", verified.Error!.Code);
    }

    [Fact]
    public async Task Verify_CheckpointWithAForgedRoot_FailsAsBadCheckpointSignature()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.CheckpointPath, b =>
            {
                var lines = Encoding.UTF8.GetString(b).Split('\n');
                lines[2] = Convert.ToBase64String(new byte[32]);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }));

        var verified = Verify(tampered);

        Assert.Equal("package.checkpoint-signature-invalid", verified.Error!.Code);
    }

    [Fact]
    public async Task Verify_AlteredEventDetails_FailsAsCommitmentMismatch()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.EventDetailsPath, b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("dec_test", "dec_other", StringComparison.Ordinal))));

        Assert.Equal("package.event-commitment-mismatch", Verify(tampered).Error!.Code);
    }

    [Theory]
    [InlineData("not hex at all")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Verify_AlteredSalt_FailsAsCommitmentMismatch(string salt)
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.EventSaltPath, _ => Encoding.ASCII.GetBytes(salt)));

        Assert.Equal("package.event-commitment-mismatch", Verify(tampered).Error!.Code);
    }

    [Fact]
    public async Task Verify_AddedOrRemovedFile_FailsNamingIt()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var added = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
        {
            using var stream = zip.CreateEntry("data/target-0/extra.csv").Open();
            stream.Write("account_id\nC2\n"u8);
        });
        var removed = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip => zip.GetEntry("data/target-0/subscriber.json")!.Delete());
        var ledgerRemoved = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip => zip.GetEntry(PackageFormat.EventSaltPath)!.Delete());

        Assert.Equal(("package.file-unlisted", true), (Verify(added).Error!.Code, Verify(added).Error!.Message.Contains("extra.csv", StringComparison.Ordinal)));
        Assert.Equal(("package.file-missing", true), (Verify(removed).Error!.Code, Verify(removed).Error!.Message.Contains("subscriber.json", StringComparison.Ordinal)));
        Assert.Equal("package.ledger-missing", Verify(ledgerRemoved).Error!.Code);
    }

    [Fact]
    public async Task Verify_UnsafeEntryName_Refused()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var tampered = TestProductions.Reseal(package.Sealed.Bytes, Agency, zip =>
        {
            using var stream = zip.CreateEntry("../../etc/evil").Open();
            stream.Write("x"u8);
        });

        Assert.Equal("package.entry-name-invalid", Verify(tampered).Error!.Code);
    }

    [Fact]
    public void Verify_NotAPackage_FailsAsNotCms() =>
        Assert.Equal("package.not-cms", Verify(Encoding.ASCII.GetBytes("PK\u0003\u0004 not cms")).Error!.Code);

    [Theory]
    [InlineData("", "no RSA private key")]
    [InlineData("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n", "passphrase")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n", "elliptic-curve")]
    public void ReadPrivateKey_Unusable_SaysWhy(string pem, string why)
    {
        var key = PackageVerifier.ReadPrivateKey(pem);

        Assert.Equal("package.key-unreadable", key.Error.Code);
        Assert.Contains(why, key.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_EvidenceForAnotherManifest_Refused()
    {
        var contents = TestProductions.Contents();
        var plain = PackageBuilderTests.Build(contents).Value;
        var otherDetails = EventRecorder.SerializeDetails(ProductionEventDetails.For(contents, plain with { ManifestSha256 = new string('0', 64) }, "thumb"));
        var evidence = await TestProductions.LedgerWithEventAsync(otherDetails, _ledgerKey, TestProductions.Refs(TestProductions.References(contents)));
        using var certificate = Agency.Certificate();

        var sealedPackage = PackageSealer.Seal(plain, evidence, certificate, _ledgerKey.VerifierKey);

        Assert.Equal("production.evidence-invalid", sealedPackage.Error.Code);
        Assert.Contains(plain.ManifestSha256, sealedPackage.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_EventOfAnotherTypeOrABrokenProof_Refused()
    {
        var contents = TestProductions.Contents();
        var plain = PackageBuilderTests.Build(contents).Value;
        var details = EventRecorder.SerializeDetails(ProductionEventDetails.For(contents, plain, "thumb"));
        var refs = TestProductions.Refs(TestProductions.References(contents));
        var wrongType = await TestProductions.LedgerWithEventAsync(details, _ledgerKey, refs, eventType: "request.received");
        var good = await TestProductions.LedgerWithEventAsync(details, _ledgerKey, refs);
        using var certificate = Agency.Certificate();

        var typed = PackageSealer.Seal(plain, wrongType, certificate);
        Assert.Equal("production.evidence-invalid", typed.Error.Code);
        Assert.Contains("not a production.created event", typed.Error.Message, StringComparison.Ordinal);
        Assert.Contains("not proven", PackageSealer.Seal(plain, good with { LeafIndex = good.LeafIndex - 1 }, certificate).Error.Message, StringComparison.Ordinal);
        Assert.True(PackageSealer.Seal(plain, good, certificate).IsSuccess);
    }

    [Fact]
    public async Task Seal_EllipticCurveCertificate_RefusedWithAClearError()
    {
        using var ec = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var issuer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName("CN=EC Agency"), new PublicKey(ec), HashAlgorithmName.SHA256);
        using var certificate = request.Create(new X500DistinguishedName("CN=Issuer"), X509SignatureGenerator.CreateForECDsa(issuer), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), [1, 2, 3]);
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);

        var sealedPackage = PackageSealer.Seal(package.Plain, package.Evidence, certificate);

        Assert.Equal("production.certificate-unsupported", sealedPackage.Error.Code);
    }

    [OpenSslFact]
    public async Task OpenSsl_CmsDecrypt_OpensThePackageWithNoCustosSoftware()
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        var directory = Directory.CreateTempSubdirectory("custos-openssl").FullName;
        try
        {
            var packagePath = Path.Combine(directory, "package.p7m");
            var certificatePath = Path.Combine(directory, "agency.crt");
            var keyPath = Path.Combine(directory, "agency.key");
            var outPath = Path.Combine(directory, "package.zip");
            await File.WriteAllBytesAsync(packagePath, package.Sealed.Bytes);
            await File.WriteAllTextAsync(certificatePath, Agency.CertificatePem);
            await File.WriteAllTextAsync(keyPath, Agency.PrivateKeyPem);

            var start = new ProcessStartInfo(OpenSslFactAttribute.OpenSslPath)
            {
                ArgumentList = { "cms", "-decrypt", "-inform", "DER", "-in", packagePath, "-recip", certificatePath, "-inkey", keyPath, "-out", outPath },
                RedirectStandardError = true,
            };
            using var openssl = Process.Start(start)!;
            var errors = await openssl.StandardError.ReadToEndAsync();
            await openssl.WaitForExitAsync();

            Assert.True(openssl.ExitCode == 0, errors);
            var entries = PackageBuilderTests.Entries(await File.ReadAllBytesAsync(outPath));
            Assert.Equal(PackageManifest.Hash(entries[PackageFormat.ManifestPath]), package.Plain.ManifestSha256);
            Assert.All(package.Plain.Manifest.Files, f => Assert.Equal(f.Sha256, Convert.ToHexStringLower(SHA256.HashData(entries[f.Path]))));
            Assert.Equal(package.Evidence.Entry, entries[PackageFormat.EventPath]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record Result(VerifiedPackage? Value, Domain.Common.Error? Error);
}
