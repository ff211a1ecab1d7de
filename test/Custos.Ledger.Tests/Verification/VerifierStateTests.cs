using Custos.Ledger.Verification;

namespace Custos.Ledger.Tests.Verification;

public sealed class VerifierStateTests : IDisposable
{
    private readonly string _directory = TestLog.NewDirectory();

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsyncThenLoadAsync_RoundTripsEveryFieldAndLeavesNoTemporaryFile()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var state = new VerifierState("custos.example/ledger with spaces", "custos.example/ledger", 0x1a2b3c4d, 70_000, root);
        var path = Path.Combine(_directory, "nested", "log.state");

        await state.SaveAsync(path);
        await new VerifierState("o", "k", 1, 1, new byte[32]).SaveAsync(Path.Combine(_directory, "other.state"));
        var loaded = (await VerifierState.LoadAsync(path)).Value!;

        Assert.Equal(
            ("custos.example/ledger with spaces", "custos.example/ledger", 0x1a2b3c4dU, 70_000UL),
            (loaded.Origin, loaded.KeyName, loaded.KeyId, loaded.Size));
        Assert.Equal(root, loaded.RootHash);
        Assert.Contains("key custos.example/ledger+1a2b3c4d\n", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task LoadAsync_NoFile_IsAFirstRun()
    {
        var result = await VerifierState.LoadAsync(Path.Combine(_directory, "absent.state"));
        Assert.True(result.IsSuccess);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Parse_EveryTruncation_IsAnErrorNeverAState()
    {
        var text = new VerifierState("custos.example/ledger", "custos.example/ledger", 7, 123_456, new byte[32]).Format();
        for (var length = 0; length < text.Length; length++)
        {
            var result = VerifierState.Parse(text[..length], "x.state");
            Assert.False(result.IsSuccess, $"a state cut to {length} characters was accepted");
            Assert.StartsWith("state.", result.Error.Code, StringComparison.Ordinal);
            Assert.Contains("x.state", result.Error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("state.truncated", VerifierState.Parse(text[..(text.Length / 2)]).Error.Code);
        Assert.True(VerifierState.Parse(text).IsSuccess);
    }

    [Theory]
    [InlineData("size 123456", "size 123457")]
    [InlineData("origin custos.example/ledger", "origin custos.example/other")]
    [InlineData("custos-verifier-state v1", "custos-verifier-state v2")]
    public void Parse_EditedLine_IsCorruptOrMalformed(string line, string replacement)
    {
        var text = new VerifierState("custos.example/ledger", "custos.example/ledger", 7, 123_456, new byte[32]).Format();
        var result = VerifierState.Parse(text.Replace(line, replacement, StringComparison.Ordinal));
        Assert.False(result.IsSuccess);
        Assert.True(result.Error.Code is "state.corrupt" or "state.malformed", result.Error.Code);
    }

    [Fact]
    public async Task LoadAsync_TruncatedOrBinaryFile_FailsWithAClearError()
    {
        var path = Path.Combine(_directory, "log.state");
        await new VerifierState("custos.example/ledger", "custos.example/ledger", 7, 9, new byte[32]).SaveAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..40]);
        var truncated = await VerifierState.LoadAsync(path);
        await File.WriteAllBytesAsync(path, [0xff, 0xfe, 0x00]);
        var binary = await VerifierState.LoadAsync(path);

        Assert.Equal("state.truncated", truncated.Error.Code);
        Assert.Contains(path, truncated.Error.Message, StringComparison.Ordinal);
        Assert.Equal("state.corrupt", binary.Error.Code);
    }
}
