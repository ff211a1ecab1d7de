using System.Security.Cryptography;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos proof verify</c> as a separate process, where Program.cs takes the fast path that skips the command tree:
/// the same exit codes and lines as the command tree gives in-process, and every other form still goes through the tree.
/// </summary>
[Collection("console")]
public sealed class ProofVerifyProcessTests : IDisposable
{
    private readonly NoteSignerKey _ledgerKey = NoteSignerKey.Generate("custos.example/ledger");
    private readonly string _root = TestEnvironment.NewTempDirectory("proof-verify-process");

    public void Dispose()
    {
        _ledgerKey.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ProofVerify_AValidFile_SameVerdictAsTheCommandTreeInBothArgumentOrders()
    {
        var file = WriteProofWithNoDisclosure();
        var key = _ledgerKey.VerifierKey.Format();

        var tree = await CliRun.RunAsync(["proof", "verify", file, "--key", key]);
        var fast = await CliRun.RunProcessAsync("proof", "verify", file, "--key", key);
        var reordered = await CliRun.RunProcessAsync("proof", "verify", "--key", key, file);

        Assert.Equal((0, "no disclosure up to checkpoint 1 (index of the first 0 entries)"), (tree.Code, tree.Output.Trim()));
        Assert.Equal((tree.Code, tree.Output, ""), (fast.Code, fast.Output, fast.Errors));
        Assert.Equal((tree.Code, tree.Output), (reordered.Code, reordered.Output));
    }

    [Fact]
    public async Task ProofVerify_OtherKeyMissingFileOrBadKey_SameFailureAsTheCommandTree()
    {
        var file = WriteProofWithNoDisclosure();
        using var other = NoteSignerKey.Generate("custos.example/ledger");
        string[][] calls =
        [
            ["proof", "verify", file, "--key", other.VerifierKey.Format()],
            ["proof", "verify", Path.Combine(_root, "nothing.json"), "--key", _ledgerKey.VerifierKey.Format()],
            ["proof", "verify", file, "--key", "not-a-key"],
        ];

        foreach (var call in calls)
        {
            var tree = await CliRun.RunAsync(call);
            var fast = await CliRun.RunProcessAsync(call);

            Assert.NotEqual(0, fast.Code);
            Assert.Equal(tree.Code, fast.Code);
            Assert.Equal("", fast.Output);
            Assert.Equal(Plain(tree.Errors), Plain(fast.Errors));
        }
    }

    [Fact]
    public async Task ProofVerify_HelpOrAMissingKey_GoesThroughTheCommandTree()
    {
        var help = await CliRun.RunProcessAsync("proof", "verify", "--help");
        var missingKey = await CliRun.RunProcessAsync("proof", "verify", WriteProofWithNoDisclosure());

        Assert.Equal(0, help.Code);
        Assert.Contains("--key", help.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, missingKey.Code);
        Assert.Contains("--key", missingKey.Errors, StringComparison.Ordinal);
    }

    /// <summary>A valid proof file of the smallest log: one entry, an index revision over nothing, so every key is absent.</summary>
    private string WriteProofWithNoDisclosure()
    {
        var salt = RandomNumberGenerator.GetBytes(32);
        var details = EventRecorder.SerializeDetails(new IndexRevisionDetails(0, new string('0', 64), DisclosureIndex.Algorithm));
        var revision = LedgerEntryFormat.Encode(new LedgerEntry(
            LedgerEventTypes.IndexRevision.Id, LedgerEventTypes.IndexRevision.Name, DateTimeOffset.UnixEpoch, null,
            new string('1', 32), new string('2', 32), [], EventRecorder.Commit(salt, details)));
        var checkpoint = SignedNote.Sign(new Checkpoint(_ledgerKey.Name, 1, MerkleHash.HashLeaf(revision)).Format(), _ledgerKey).Format();
        var file = new DisclosureProofFile(
            DisclosureProofFile.FormatName, new string('a', 32), checkpoint,
            new ProofRevision(0, Convert.ToBase64String(revision), Convert.ToHexStringLower(salt), details, []),
            new ProofIndex(DisclosureIndex.Algorithm, null, [], null, null), []);
        var path = Path.Combine(_root, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(file, JsonSerializerOptions.Web));
        return path;
    }

    private static string Plain(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "").ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal).Trim();
}
