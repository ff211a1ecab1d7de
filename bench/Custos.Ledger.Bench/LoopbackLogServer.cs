using Custos.Ledger.Tiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Custos.Ledger.Bench;

/// <summary>Serves a tile store under <c>http://127.0.0.1:&lt;port&gt;/ledger/</c> from Kestrel, for the verify benchmark.</summary>
internal sealed class LoopbackLogServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackLogServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoopbackLogServer> StartAsync(ITileReader log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/ledger/{**path}", async (string path, HttpContext context) =>
        {
            var data = await log.ReadAsync(path, context.RequestAborted);
            return data is null ? Results.NotFound() : Results.Bytes(data, "application/octet-stream");
        });
        await app.StartAsync();
        return new LoopbackLogServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/ledger/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
