using System.Security.Cryptography;
using System.Text;
using Custos.Application.Production;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos package verify</c> end to end on files, with packages sealed against a real tiled ledger.</summary>
[Collection("console")]
public sealed class PackageVerifyCommandTests : IDisposable
{
    private static readonly TestProductions.AgencyKeyPair Agency = TestProductions.NewAgency();
    private readonly NoteSignerKey _ledgerKey = NoteSignerKey.Generate(TestProductions.LedgerOrigin);
    private readonly string _root = TestEnvironment.NewTempDirectory("package-verify");

    private string KeyFile => Path.Combine(_root, "agency.key");

    private string PackageFile => Path.Combine(_root, "package.p7m");

    private string LogKey => _ledgerKey.VerifierKey.Format();

    public void Dispose()
    {
        _ledgerKey.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<TestProductions.TestPackage> WritePackageAsync(Func<byte[], byte[]>? tamper = null)
    {
        var package = await TestProductions.SealedAsync(Agency, _ledgerKey);
        await File.WriteAllBytesAsync(PackageFile, tamper is null ? package.Sealed.Bytes : tamper(package.Sealed.Bytes));
        await File.WriteAllTextAsync(KeyFile, Agency.PrivateKeyPem);
        return package;
    }

    [Fact]
    public async Task Help_PackageVerify_ListsEveryOption()
    {
        var (code, output, _) = await CliRun.RunAsync(["package", "verify", "--help"]);

        Assert.Equal(0, code);
        Assert.All(["--key", "--log-key", "--out"], o => Assert.Contains(o, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_GoodPackage_PrintsWhatWasProvenAndExitsZero()
    {
        var package = await WritePackageAsync();

        var (code, output, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey]);

        Assert.True(code == 0, errors);
        Assert.Contains("Verified", output, StringComparison.Ordinal);
        Assert.Contains("req_test (reference 2:21-mj-0042)", output, StringComparison.Ordinal);
        Assert.Contains("dec_test, votes vot_legal, vot_compliance", output, StringComparison.Ordinal);
        Assert.Contains(package.Plain.ManifestSha256, output, StringComparison.Ordinal);
        Assert.Contains($"production event {package.Evidence.LeafIndex}", output, StringComparison.Ordinal);
        Assert.Contains($"at size {package.Evidence.TreeSize}", output, StringComparison.Ordinal);
        Assert.All(package.Plain.Manifest.Files, f => Assert.Contains($"{f.Sha256}  {f.Path}", output, StringComparison.Ordinal));
        Assert.Contains("the event names exactly the index keys of the 1 customer(s) whose data the package holds, and the agency, request reference(s)", Flat(output), StringComparison.Ordinal);
        Assert.Contains($"C1042: index key {TestProductions.Identities.CustomerKey("C1042")}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ProductionLoggedUnderAnotherCustomersKey_FailsWithExitOneNamingTheMismatch()
    {
        var right = TestProductions.Identities.CustomerKey("C1042");
        var forged = await TestProductions.ForgedAsync(Agency, _ledgerKey, refs => [.. refs.Where(r => r != right), TestProductions.Identities.CustomerKey("C1043")]);
        await File.WriteAllBytesAsync(PackageFile, forged);
        await File.WriteAllTextAsync(KeyFile, Agency.PrivateKeyPem);

        var (code, output, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey]);

        Assert.Equal(1, code);
        Assert.Contains("package.customer-keys-mismatch", errors, StringComparison.Ordinal);
        Assert.Contains("1 of the package's 1 customers' index keys are missing from it; 1 of its 3 keys are extra", Flat(errors), StringComparison.Ordinal);
        Assert.DoesNotContain("Verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithOut_WritesEveryFileAndTheLogKeyMayBeAFile()
    {
        var package = await WritePackageAsync();
        var keyFile = Path.Combine(_root, "ledger.vkey");
        await File.WriteAllTextAsync(keyFile, LogKey + "\n");
        var output = Path.Combine(_root, "out");

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", keyFile, "--out", output]);

        Assert.True(code == 0, errors);
        foreach (var file in package.Plain.Manifest.Files)
        {
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(output, file.Path)))));
        }

        Assert.Equal(package.Plain.ManifestSha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(output, "manifest.json")))));
        Assert.Equal(package.Evidence.Entry, await File.ReadAllBytesAsync(Path.Combine(output, "ledger", "event")));
        Assert.Equal(package.Evidence.CheckpointNote, await File.ReadAllTextAsync(Path.Combine(output, "ledger", "checkpoint")));
    }

    [Fact]
    public async Task Verify_OutAlreadyHoldsAFile_RefusesToOverwrite()
    {
        await WritePackageAsync();
        var output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "manifest.json"), "mine");

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey, "--out", output]);

        Assert.Equal(2, code);
        Assert.Contains("package.out-exists", errors, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(output, "manifest.json")));
    }

    [Fact]
    public async Task Verify_WrongKey_FailsWithExitOneAndWritesNothing()
    {
        await WritePackageAsync();
        await File.WriteAllTextAsync(KeyFile, TestProductions.NewAgency("Other").PrivateKeyPem);
        var output = Path.Combine(_root, "out");

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey, "--out", output]);

        Assert.Equal(1, code);
        Assert.Contains("package.wrong-key", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was written", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Verify_TamperedFile_FailsNamingTheFile()
    {
        await WritePackageAsync(bytes => TestProductions.Reseal(bytes, Agency, zip =>
            TestProductions.Replace(zip, "data/target-0/subscriber.json", b => [.. b, (byte)' '])));

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey]);

        Assert.Equal(1, code);
        Assert.Contains("package.file-mismatch: data/target-0/subscriber.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedManifest_FailsAsNotCommitted()
    {
        await WritePackageAsync(bytes => TestProductions.Reseal(bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.ManifestPath, b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("dec_test", "dec_forged", StringComparison.Ordinal)))));

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey]);

        Assert.Equal(1, code);
        Assert.Contains("package.manifest-not-committed", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BadProof_FailsAsNotProven()
    {
        await WritePackageAsync(bytes => TestProductions.Reseal(bytes, Agency, zip =>
            TestProductions.Replace(zip, PackageFormat.InclusionProofPath, b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\"leafIndex\": 300", "\"leafIndex\": 301", StringComparison.Ordinal)))));

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", LogKey]);

        Assert.Equal(1, code);
        Assert.Contains("package.inclusion-proof-invalid", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnotherLedgerKey_FailsAsBadCheckpointSignature()
    {
        await WritePackageAsync();
        using var other = NoteSignerKey.Generate(TestProductions.LedgerOrigin);

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", PackageFile, "--key", KeyFile, "--log-key", other.VerifierKey.Format()]);

        Assert.Equal(1, code);
        Assert.Contains("package.checkpoint-signature-invalid", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{root}/absent.p7m --key {key} --log-key {log}", "package.file-not-found", 2)]
    [InlineData("{package} --key {root}/absent.key --log-key {log}", "package.key-not-found", 2)]
    [InlineData("{package} --key {package} --log-key {log}", "package.key-unreadable (--key)", 2)]
    [InlineData("{package} --key {key} --log-key notakey", "(--log-key)", 2)]
    [InlineData("{package} --key {key}", "--log-key", 1)]
    public async Task Verify_BadInput_FailsWithAClearErrorAndNonZeroExit(string args, string expected, int exit)
    {
        await WritePackageAsync();
        var arguments = args.Replace("{root}", _root, StringComparison.Ordinal).Replace("{key}", KeyFile, StringComparison.Ordinal)
            .Replace("{log}", LogKey, StringComparison.Ordinal).Replace("{package}", PackageFile, StringComparison.Ordinal).Split(' ');

        var (code, _, errors) = await CliRun.RunAsync(["package", "verify", .. arguments]);

        Assert.Equal(exit, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    /// <summary>The text with every run of white space (the console wraps long lines) made one space.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
