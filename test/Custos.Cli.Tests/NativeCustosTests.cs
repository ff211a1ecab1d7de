using System.Text.Json.Nodes;
using Custos.Ledger.Notes;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary>
/// The published NativeAOT <c>custos</c> (src/Custos.Launcher): on valid, tampered, truncated and mismatched proof files it
/// prints exactly what the managed <c>custos proof verify</c> prints, with the same exit code; every other command line is
/// the managed CLI's.
/// </summary>
[Collection("console")]
public sealed class NativeCustosTests : IDisposable
{
    private readonly string _root = TestEnvironment.NewTempDirectory("native-custos");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [NativeCustosFact]
    public async Task ProofVerify_ValidTamperedTruncatedAndMismatchedFiles_SameLinesAndExitCodesAsTheManagedCommand()
    {
        var native = NativeCustos();
        var folder = Path.Combine(_root, "data");
        var (account, other, logKey, code, otherCode) = await ProofCustomerCommandTests.PublishedDisclosureAsync(folder);
        var withCode = Path.Combine(_root, "with-code.json");
        var plain = Path.Combine(_root, "plain.json");
        Assert.Equal(0, (await CliRun.RunAsync(["proof", "export", "--account", account, "--out", withCode, "--with-code", "--data", folder])).Code);
        Assert.Equal(0, (await CliRun.RunAsync(["proof", "export", "--account", account, "--out", plain, "--data", folder])).Code);
        var json = await File.ReadAllTextAsync(withCode);
        var flipped = Tampered(json, node => node["events"]![0]!["entry"] = Flip(node["events"]![0]!["entry"]!.GetValue<string>()));
        var otherAccount = Tampered(json, node => node["customer"]!["accountId"] = other);
        var truncated = Write("truncated.json", json[..(json.Length / 2)]);
        var empty = Write("empty.json", "");
        using var otherLog = NoteSignerKey.Generate("custos.example/ledger");

        (string[] Args, int Code, string Expected)[] calls =
        [
            (["proof", "verify", withCode, "--key", logKey], 0, "1 disclosure up to checkpoint"),
            (["proof", "verify", "--key", logKey, plain], 0, "1 disclosure up to checkpoint"),
            (["proof", "verify", withCode, "--account", account, "--code", code, "--key", logKey], 0, "checked with the code given"),
            (["proof", "verify", "--code", code, withCode, "--key", logKey, "--account", account], 0, "checked with the code given"),
            (["proof", "verify", flipped, "--key", logKey], 1, "proof.event-not-included"),
            (["proof", "verify", otherAccount, "--key", logKey], 1, "proof.customer-mismatch"),
            (["proof", "verify", truncated, "--key", logKey], 1, "proof.malformed"),
            (["proof", "verify", empty, "--key", logKey], 1, "proof.malformed"),
            (["proof", "verify", withCode, "--key", otherLog.VerifierKey.Format()], 1, "proof.checkpoint-invalid"),
            (["proof", "verify", withCode, "--key", logKey, "--account", other, "--code", otherCode], 1, "proof.key-not-yours"),
            (["proof", "verify", withCode, "--key", logKey, "--code", code], 2, "proof.account-required"),
            (["proof", "verify", withCode, "--key", logKey, "--account", account, "--code", "1234"], 2, "proof.code-invalid"),
            (["proof", "verify", Path.Combine(_root, "nothing.json"), "--key", logKey], 2, "proof.file-missing"),
            (["proof", "verify", withCode, "--key", "not-a-key"], 2, "note.key.malformed"),
        ];

        foreach (var (args, expectedCode, expected) in calls)
        {
            var managed = await CliRun.RunProcessAsync(args);
            var fast = await CliRun.RunProgramAsync(native, args);

            var call = string.Join(' ', args[2..]);
            Assert.True(managed.Code == expectedCode, $"{call}: the managed command exited {managed.Code}: {managed.Output}{managed.Errors}");
            Assert.Contains(expected, expectedCode == 0 ? managed.Output : managed.Errors, StringComparison.Ordinal);
            Assert.Equal((managed.Code, managed.Output, managed.Errors), (fast.Code, fast.Output, fast.Errors));
        }
    }

    [NativeCustosFact]
    public async Task OtherCommandLines_AreHandedToTheManagedCli()
    {
        var native = NativeCustos();
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(native)!, "cli", OperatingSystem.IsWindows() ? "custos.exe" : "custos")), "The managed CLI is not published in cli/ beside " + native);
        Assert.False(File.Exists(Path.ChangeExtension(native, ".dll")), native + " has a custos.dll beside it: it is not the native front-end.");
        string[][] calls =
        [
            ["--version"],
            ["ledger", "verify", "--help"],
            ["proof", "verify", "--help"],
            ["proof", "verify", Path.Combine(_root, "proof.json")],
            ["proof", "verify", Path.Combine(_root, "proof.json"), "--key", "k", "--key", "k"],
            ["no-such-command"],
        ];

        foreach (var args in calls)
        {
            var managed = await CliRun.RunProcessAsync(args);
            var handed = await CliRun.RunProgramAsync(native, args);

            Assert.False(string.IsNullOrWhiteSpace(managed.Output + managed.Errors), string.Join(' ', args));
            Assert.Equal((managed.Code, managed.Output, managed.Errors), (handed.Code, handed.Output, handed.Errors));
        }
    }

    private static string NativeCustos() =>
        TestEnvironment.NativeCustos
        ?? throw new InvalidOperationException("CUSTOS_REQUIRE_NATIVE=1 but CUSTOS_NATIVE_CUSTOS does not name a published native custos.");

    private string Tampered(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return Write(Guid.NewGuid().ToString("N") + ".json", node.ToJsonString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Flip(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[^2] ^= 1;
        return Convert.ToBase64String(bytes);
    }
}
