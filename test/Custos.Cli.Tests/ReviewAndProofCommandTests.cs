using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos review</c> and <c>custos proof</c> on a fresh data folder and on files that are not what they claim.</summary>
[Collection("console")]
public sealed class ReviewAndProofCommandTests : IDisposable
{
    private readonly NoteSignerKey _ledgerKey = NoteSignerKey.Generate("custos.example/ledger");
    private readonly string _root = TestEnvironment.NewTempDirectory("review-proof-cli");

    public void Dispose()
    {
        _ledgerKey.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ReviewList_OnAFreshDataFolder_ShowsAnEmptyQueue()
    {
        var (code, output, errors) = await CliRun.RunAsync(["review", "list", "--data", Path.Combine(_root, "data")]);

        Assert.True(code == 0, errors);
        Assert.Contains("0 request(s).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewShow_AnUnknownRequest_FailsNamingIt()
    {
        var (code, _, errors) = await CliRun.RunAsync(["review", "show", "req_doesnotexist", "--data", Path.Combine(_root, "data")]);

        Assert.NotEqual(0, code);
        Assert.Contains("req_doesnotexist", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewList_ABadView_IsRefused()
    {
        var (code, _, errors) = await CliRun.RunAsync(["review", "list", "--view", "everything", "--data", Path.Combine(_root, "data")]);

        Assert.NotEqual(0, code);
        Assert.Contains("needs-action", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProofVerify_AMissingOrGarbledFile_FailsWithoutAVerdict()
    {
        var garbled = Path.Combine(_root, "garbled.json");
        await File.WriteAllTextAsync(garbled, "{\"format\":\"custos-disclosure-proof/v1\",\"key\":");
        var truncated = Path.Combine(_root, "empty.json");
        await File.WriteAllTextAsync(truncated, string.Empty);

        var missing = await CliRun.RunAsync(["proof", "verify", Path.Combine(_root, "nothing.json"), "--key", _ledgerKey.VerifierKey.Format()]);
        var bad = await CliRun.RunAsync(["proof", "verify", garbled, "--key", _ledgerKey.VerifierKey.Format()]);
        var empty = await CliRun.RunAsync(["proof", "verify", truncated, "--key", _ledgerKey.VerifierKey.Format()]);

        foreach (var (code, output, errors) in new[] { missing, bad, empty })
        {
            Assert.NotEqual(0, code);
            Assert.DoesNotContain("disclosure", output, StringComparison.OrdinalIgnoreCase);
            Assert.False(string.IsNullOrWhiteSpace(errors));
        }
    }

    [Fact]
    public async Task ProofExport_AnAccountTheStoreDoesNotHold_IsRefused()
    {
        var (code, _, errors) = await CliRun.RunAsync(
            ["proof", "export", "--account", "C404", "--out", Path.Combine(_root, "proof.json"), "--data", Path.Combine(_root, "data")]);

        Assert.NotEqual(0, code);
        Assert.False(File.Exists(Path.Combine(_root, "proof.json")));
        Assert.False(string.IsNullOrWhiteSpace(errors));
    }
}
