using System.Net;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;

namespace Custos.Ledger.Tests.Verification;

public sealed class HttpTileReaderTests : IDisposable
{
    private readonly NoteSignerKey _key = NoteSignerKey.Generate(TestLog.Origin);

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task VerifyAsync_HonestLogOverHttp_VerifiesWithinTheConcurrencyLimit()
    {
        var store = new MemoryTileStore();
        await TestLog.AppendAsync(store, _key, 0, 0, 20_000);
        var handler = new StubHttpHandler(store) { Delay = TimeSpan.FromMilliseconds(2) };
        using var client = new HttpClient(handler);
        using var reader = new HttpTileReader(client, new Uri("http://log.test/ledger"), maxConcurrency: 4);

        var result = await new OfflineVerifier(reader, _key.VerifierKey, TestLog.Origin).VerifyAsync(null);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(20_000UL, result.Value.State.Size);
        Assert.Equal(new Uri(StubHttpHandler.Prefix), reader.BaseAddress);
        Assert.InRange(handler.MaxInFlight, 2, 4);
    }

    [Fact]
    public async Task VerifyAsync_TileAnswers404_ReportsTheMissingPath()
    {
        var store = new MemoryTileStore();
        await TestLog.AppendAsync(store, _key, 0, 0, 2000);
        var handler = new StubHttpHandler(store) { Fault = path => path == "tile/0/003" ? HttpStatusCode.NotFound : null };
        using var client = new HttpClient(handler);
        using var reader = new HttpTileReader(client, new Uri(StubHttpHandler.Prefix));

        var result = await new OfflineVerifier(reader, _key.VerifierKey).VerifyAsync(null);

        Assert.Equal(("tile.missing", "tile/0/003"), (result.Error.Code, result.Error.Path));
    }

    [Fact]
    public async Task VerifyAsync_ServerError_RetriesThenFailsNamingTheUrl()
    {
        var store = new MemoryTileStore();
        await TestLog.AppendAsync(store, _key, 0, 0, 600);
        var handler = new StubHttpHandler(store) { Fault = path => path == "tile/entries/001" ? HttpStatusCode.InternalServerError : null };
        using var client = new HttpClient(handler);
        using var reader = new HttpTileReader(client, new Uri(StubHttpHandler.Prefix)) { Retries = 2 };

        var result = await new OfflineVerifier(reader, _key.VerifierKey).VerifyAsync(null);

        Assert.Equal(("http.status", "tile/entries/001"), (result.Error.Code, result.Error.Path));
        Assert.Contains("http://log.test/ledger/tile/entries/001 returned 500", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SlowServer_TimesOutWithAClearError()
    {
        var handler = new StubHttpHandler(new MemoryTileStore()) { Delay = TimeSpan.FromSeconds(10) };
        using var client = new HttpClient(handler);
        using var reader = new HttpTileReader(client, new Uri(StubHttpHandler.Prefix), timeout: TimeSpan.FromMilliseconds(100)) { Retries = 0 };

        var error = await Assert.ThrowsAsync<LedgerDataException>(async () => await reader.ReadAsync("checkpoint", default));

        Assert.Equal(("http.timeout", "checkpoint"), (error.Error.Code, error.Error.Path));
    }

    [Fact]
    public async Task ReadAsync_ForbiddenOrUnsafePath_FailsWithoutRetrying()
    {
        var handler = new StubHttpHandler(new MemoryTileStore()) { Fault = _ => HttpStatusCode.Forbidden };
        using var client = new HttpClient(handler);
        using var reader = new HttpTileReader(client, new Uri(StubHttpHandler.Prefix));

        var forbidden = await Assert.ThrowsAsync<LedgerDataException>(async () => await reader.ReadAsync("checkpoint", default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await reader.ReadAsync("../secret", default));

        Assert.Equal("http.status", forbidden.Error.Code);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task ReadAsync_BodyLargerThanAnyBundle_IsRefused()
    {
        var store = new MemoryTileStore();
        await store.WriteAsync("tile/entries/000", new byte[HttpTileReader.MaxResponseBytes + 1], default);
        using var client = new HttpClient(new StubHttpHandler(store));
        using var reader = new HttpTileReader(client, new Uri(StubHttpHandler.Prefix));

        var error = await Assert.ThrowsAsync<LedgerDataException>(async () => await reader.ReadAsync("tile/entries/000", default));

        Assert.Equal(("http.too-large", "tile/entries/000"), (error.Error.Code, error.Error.Path));
    }

    [Fact]
    public async Task ReadCheckpointAsync_UnreachableHost_IsAnErrorNotAnException()
    {
        using var reader = new HttpTileReader(new Uri("http://127.0.0.1:9/ledger/"), timeout: TimeSpan.FromSeconds(5)) { Retries = 0 };

        var result = await new OfflineVerifier(reader, _key.VerifierKey).ReadCheckpointAsync();

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.Code is "http.unreachable" or "http.timeout", result.Error.ToString());
        Assert.Equal("checkpoint", result.Error.Path);
    }
}
