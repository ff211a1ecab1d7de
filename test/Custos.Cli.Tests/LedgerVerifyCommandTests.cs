using System.CommandLine;
using System.Text;
using Custos.Cli;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Custos.Cli.Tests;

/// <summary><c>custos ledger verify</c> end to end, on a copied directory and over real HTTP from Kestrel.</summary>
[Collection("console")]
public sealed class LedgerVerifyCommandTests : IDisposable
{
    private const string Origin = "custos.example/ledger";
    private static readonly string[] VerifyOptions = ["--url", "--dir", "--key", "--state", "--origin"];
    private readonly NoteSignerKey _key = NoteSignerKey.Generate(Origin);
    private readonly string _root = TestEnvironment.NewTempDirectory("ledger-verify");

    private string LogDirectory => Path.Combine(_root, "log");

    private string StateFile => Path.Combine(_root, "state", "log.state");

    private string VerifierKey => $"{_key.VerifierKey.Name}+{_key.KeyId:x8}+{Convert.ToBase64String([(byte)_key.Algorithm, .. _key.VerifierKey.GetPublicKey()])}";

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Help_LedgerVerify_ListsEveryOption()
    {
        var (code, output, _) = await CliRun.RunAsync(["ledger", "verify", "--help"]);

        Assert.Equal(0, code);
        Assert.All(VerifyOptions, o => Assert.Contains(o, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_DirTwiceWithGrowthBetween_SucceedsAndReportsConsistency()
    {
        var head = await BuildLogAsync(0, 3000);

        var (first, firstOutput, _) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile, "--origin", Origin]);
        await BuildLogAsync(head.Size, 3500);
        var (second, secondOutput, _) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);

        Assert.Equal(0, first);
        Assert.Contains("3,000 entries", firstOutput, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(head.RootHash), firstOutput, StringComparison.Ordinal);
        Assert.Contains("first verification", firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("3,500 entries", secondOutput, StringComparison.Ordinal);
        Assert.Contains("extends the tree of 3,000 entries", secondOutput, StringComparison.Ordinal);
        Assert.Contains("size 3500\n", await File.ReadAllTextAsync(StateFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UrlServedByKestrelWithKeyInAFile_Succeeds()
    {
        await BuildLogAsync(0, 1000);
        await using var server = await ServeAsync(LogDirectory);
        var keyFile = Path.Combine(_root, "ledger.vkey");
        await File.WriteAllTextAsync(keyFile, VerifierKey + "\n");

        var (code, output, errors) = await CliRun.RunAsync(["ledger", "verify", "--url", server.Url + "ledger", "--key", keyFile, "--state", StateFile]);

        Assert.True(code == 0, errors);
        Assert.Contains("1,000 entries", output, StringComparison.Ordinal);
        Assert.Contains("tiles checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UrlWithATamperedTile_FailsNamingTheTile()
    {
        await BuildLogAsync(0, 1000);
        var tile = Path.Combine(LogDirectory, "tile", "0", "002");
        var bytes = await File.ReadAllBytesAsync(tile);
        bytes[100] ^= 0x80;
        await File.WriteAllBytesAsync(tile, bytes);
        await using var server = await ServeAsync(LogDirectory);

        var (code, _, errors) = await CliRun.RunAsync(["ledger", "verify", "--url", server.Url + "ledger/", "--key", VerifierKey, "--state", StateFile]);

        Assert.Equal(1, code);
        Assert.Contains("log.tile-mismatch (tile/0/002)", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(StateFile));
    }

    [Fact]
    public async Task Verify_TamperedEntryBundle_FailsNamingTheBundle()
    {
        await BuildLogAsync(0, 1000);
        var bundle = Path.Combine(LogDirectory, "tile", "entries", "001");
        var bytes = await File.ReadAllBytesAsync(bundle);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(bundle, bytes);

        var (code, _, errors) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);

        Assert.Equal(1, code);
        Assert.Contains("log.entry-mismatch (tile/entries/001)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HistoryRewrittenAfterASuccessfulRun_FailsSayingSoAndKeepsTheState()
    {
        await BuildLogAsync(0, 2000);
        var (first, _, _) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);
        var remembered = await File.ReadAllTextAsync(StateFile);
        Directory.Delete(LogDirectory, recursive: true);
        await BuildLogAsync(0, 2600, prefix: "forged");

        var (code, _, errors) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);

        Assert.Equal(0, first);
        Assert.Equal(1, code);
        Assert.Contains("log.consistency.rewritten", errors, StringComparison.Ordinal);
        Assert.Contains("REWRITTEN", errors, StringComparison.Ordinal);
        Assert.Equal(remembered, await File.ReadAllTextAsync(StateFile));
    }

    [Fact]
    public async Task Verify_TruncatedStateFile_FailsWithAClearError()
    {
        await BuildLogAsync(0, 300);
        await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);
        var text = await File.ReadAllTextAsync(StateFile);
        await File.WriteAllTextAsync(StateFile, text[..(text.Length / 2)]);

        var (code, _, errors) = await CliRun.RunAsync(["ledger", "verify", "--dir", LogDirectory, "--key", VerifierKey, "--state", StateFile]);

        Assert.Equal(1, code);
        Assert.Contains("state.truncated", errors, StringComparison.Ordinal);
        Assert.Contains(StateFile, errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dir {log} --key notakey", "note.key.malformed (--key)", 2)]
    [InlineData("--dir {log} --url http://127.0.0.1:9/ledger/ --key {key}", "ledger.source", 2)]
    [InlineData("--key {key}", "ledger.source", 2)]
    [InlineData("--dir {root}/absent --key {key}", "ledger.dir-missing", 2)]
    [InlineData("--url ftp://example/ledger --key {key}", "ledger.url-invalid", 2)]
    [InlineData("--url http://127.0.0.1:9/ledger/ --key {key}", "(checkpoint)", 1)]
    [InlineData("--dir {log}", "--key", 1)]
    public async Task Verify_BadInput_FailsWithAClearErrorAndNonZeroExit(string args, string expected, int exit)
    {
        await BuildLogAsync(0, 10);
        var arguments = args.Replace("{log}", LogDirectory, StringComparison.Ordinal).Replace("{key}", VerifierKey, StringComparison.Ordinal)
            .Replace("{root}", _root, StringComparison.Ordinal).Split(' ');

        var (code, _, errors) = await CliRun.RunAsync(["ledger", "verify", .. arguments, "--state", StateFile]);

        Assert.Equal(exit, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(StateFile));
    }

    private async Task<TreeHead> BuildLogAsync(ulong size, int newSize, string prefix = "event")
    {
        var store = new FileSystemTileStore(LogDirectory);
        var writer = (await TileWriter.OpenAsync(store, size)).Value;
        var head = await writer.AppendAsync(Enumerable.Range((int)size, newSize - (int)size).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($"{prefix} {i}")).ToArray());
        var note = SignedNote.Sign(new Checkpoint(Origin, head.Size, head.RootHash).Format(), [_key]).Format();
        await store.WriteAsync("checkpoint", Encoding.UTF8.GetBytes(note), default);
        return head;
    }

    /// <summary>Serves <paramref name="directory"/> as static files under /ledger/ from Kestrel on a loopback port.</summary>
    private static async Task<StaticServer> ServeAsync(string directory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(directory), RequestPath = "/ledger", ServeUnknownFileTypes = true });
        await app.StartAsync();
        return new StaticServer(app, app.Urls.First().TrimEnd('/') + "/");
    }

    private sealed class StaticServer(WebApplication app, string url) : IAsyncDisposable
    {
        public string Url => url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
