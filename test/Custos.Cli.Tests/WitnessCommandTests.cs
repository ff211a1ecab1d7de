using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Custos.Cli;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary>The <c>custos witness</c> commands, run in-process. In the console collection: commands share the console.</summary>
[Collection("console")]
public sealed class WitnessCommandTests
{
    [Fact]
    public async Task WitnessKey_NewFile_IsOwnerOnlyAndPrintsAParsableWitnessVerifierKey()
    {
        var path = Path.Combine(TestEnvironment.NewTempDirectory("witness"), "keys", "w.key");

        var (code, output, _) = await CliRun.RunAsync(["witness", "key", "--key-file", path, "--name", "witness.test/w9"]);
        var (again, _, errors) = await CliRun.RunAsync(["witness", "key", "--key-file", path]);

        Assert.Equal(0, code);
        var key = NoteVerifierKey.Parse(output.Trim()).Value;
        Assert.Equal(("witness.test/w9", NoteKeyAlgorithm.CosignatureV1), (key.Name, key.Algorithm));
        using var signer = NoteSignerKey.Parse(File.ReadAllText(path).Trim()).Value;
        Assert.Equal(key.Format(), signer.VerifierKey.Format());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.NotEqual(0, again);
        Assert.Contains("witness.key-exists", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "witness.log-required")]
    [InlineData("--log nonsense", "witness.log.malformed")]
    [InlineData("--log custos.test/ledger=custos.test/ledger+00000000+AAAA", "witness.log.key-malformed")]
    [InlineData("--log custos.test/ledger=LOGKEY --listen ftp://127.0.0.1:1", "witness.listen-invalid")]
    [InlineData("--log custos.test/ledger=LOGKEY --listen http://127.0.0.1:1/path", "witness.listen-invalid")]
    [InlineData("--log custos.test/ledger=WITNESSKEY", "witness.log.key-type")]
    [InlineData("--log custos.test/ledger=LOGKEY --name has+plus", "witness.name-invalid")]
    public async Task WitnessServe_BadOptions_ExitNonZeroNamingTheProblemAndWriteNoKey(string options, string expected)
    {
        using var log = NoteSignerKey.Generate("custos.test/ledger");
        using var witness = NoteSignerKey.Generate("w", NoteKeyAlgorithm.CosignatureV1);
        var state = Path.Combine(TestEnvironment.NewTempDirectory("witness"), "state");
        var args = $"witness serve --state {state} {options}".Replace("LOGKEY", log.VerifierKey.Format(), StringComparison.Ordinal)
            .Replace("WITNESSKEY", witness.VerifierKey.Format(), StringComparison.Ordinal);

        var (code, _, errors) = await CliRun.RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.NotEqual(0, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(state, "witness.key")));
    }

    [Fact]
    public async Task WitnessServe_ExistingKeyWithAnotherName_ExitsNonZero()
    {
        using var log = NoteSignerKey.Generate("custos.test/ledger");
        var path = Path.Combine(TestEnvironment.NewTempDirectory("witness"), "w.key");
        await CliRun.RunAsync(["witness", "key", "--key-file", path, "--name", "first"]);

        var (code, _, errors) = await CliRun.RunAsync(["witness", "serve", "--key-file", path, "--name", "second", "--log", $"custos.test/ledger={log.VerifierKey}"]);

        Assert.NotEqual(0, code);
        Assert.Contains("witness.key-name-mismatch", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WitnessServe_FirstRun_CreatesKeyAndStateOwnerOnlyAndCosignsOverHttp()
    {
        using var log = NoteSignerKey.Generate("custos.test/ledger");
        var state = Path.Combine(TestEnvironment.NewTempDirectory("witness"), "state");
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var http = new HttpClient();
        var client = new WitnessClient(http);
        var note = SignedNote.Sign($"custos.test/ledger\n0\n{Convert.ToBase64String(Ledger.Merkle.MerkleHash.EmptyRoot)}\n", log).Format();

        var run = CliRun.RunAsync(["witness", "serve", "--listen", url.GetLeftPart(UriPartial.Authority), "--state", state, "--name", "witness.test/cli", "--log", $"custos.test/ledger={log.VerifierKey}"], stop.Token);
        var response = await PollAsync(() => client.AddCheckpointAsync(url, 0, [], note), stop.Token);
        await stop.CancelAsync();
        var (code, output, _) = await run;

        Assert.Equal(WitnessResponseKind.Cosigned, response.Kind);
        Assert.Equal(0, code);
        var printed = output.Split('\n').Single(l => l.StartsWith("Witness verifier key: ", StringComparison.Ordinal))["Witness verifier key: ".Length..].Trim();
        var key = NoteVerifierKey.Parse(printed).Value;
        Assert.True(Cosignature.Verify(key, SignedNote.Parse(note).Value.Text, Assert.Single(response.Cosignatures)).IsSuccess);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(state, "witness.key")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(state));
        }
    }

    private static async Task<WitnessResponse> PollAsync(Func<Task<WitnessResponse>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await call();
            if (response.Kind != WitnessResponseKind.Unreachable)
            {
                return response;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
