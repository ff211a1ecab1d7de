using System.Net;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Verification;

/// <summary>
/// An in-process HTTP server stand-in: answers GETs under <c>http://log.test/ledger/</c> from a tile reader, with hooks
/// for failures and a count of requests in flight.
/// </summary>
internal sealed class StubHttpHandler(ITileReader log) : HttpMessageHandler
{
    public const string Prefix = "http://log.test/ledger/";

    private int _inFlight;

    public int MaxInFlight { get; private set; }

    public int Requests { get; private set; }

    public TimeSpan Delay { get; init; }

    public Func<string, HttpStatusCode?> Fault { get; init; } = _ => null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (this)
        {
            Requests++;
            MaxInFlight = Math.Max(MaxInFlight, now);
        }

        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            var url = request.RequestUri!.AbsoluteUri;
            if (request.Method != HttpMethod.Get || !url.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            var path = url[Prefix.Length..];
            if (Fault(path) is { } status)
            {
                return new HttpResponseMessage(status);
            }

            var data = await log.ReadAsync(path, cancellationToken);
            return data is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(data) };
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
