using System.Net;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// Reads a log over HTTP from a base URL under which <c>checkpoint</c>, <c>tile/…</c> and <c>tile/entries/…</c> live
/// (C2SP tlog-tiles). A 404 reads as a missing resource (reported by the verifier with its path); other failures —
/// an error status, a timeout, an unreachable host, an oversized body — throw <see cref="LedgerDataException"/> naming
/// the URL, after <see cref="Retries"/> further attempts for the transient ones. At most
/// <see cref="MaxConcurrency"/> requests are in flight at once, however many callers read. Thread-safe.
/// </summary>
public sealed class HttpTileReader : ITileReader, IDisposable
{
    /// <summary>The default number of concurrent requests.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The largest body accepted: a full bundle of 256 maximal entries.</summary>
    public const int MaxResponseBytes = TileCoordinate.FullWidth * (EntryBundle.MaxEntryLength + 2);

    /// <summary>The default time allowed for one request.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly SemaphoreSlim _slots;

    /// <summary>Creates a reader with its own <see cref="HttpClient"/>.</summary>
    /// <param name="baseAddress">The log prefix, for example <c>https://custos.example/ledger/</c>.</param>
    /// <param name="maxConcurrency">Requests in flight at most (1–64).</param>
    /// <param name="timeout">Time allowed for each request; <see cref="DefaultTimeout"/> when null.</param>
    public HttpTileReader(Uri baseAddress, int maxConcurrency = DefaultMaxConcurrency, TimeSpan? timeout = null)
        : this(CreateClient(maxConcurrency), baseAddress, maxConcurrency, timeout, ownsClient: true)
    {
    }

    /// <summary>Creates a reader over a caller-owned <see cref="HttpClient"/> (which this reader does not dispose).</summary>
    /// <param name="client">The client.</param>
    /// <param name="baseAddress">The log prefix, for example <c>https://custos.example/ledger/</c>.</param>
    /// <param name="maxConcurrency">Requests in flight at most (1–64).</param>
    /// <param name="timeout">Time allowed for each request; <see cref="DefaultTimeout"/> when null.</param>
    public HttpTileReader(HttpClient client, Uri baseAddress, int maxConcurrency = DefaultMaxConcurrency, TimeSpan? timeout = null)
        : this(client, baseAddress, maxConcurrency, timeout, ownsClient: false)
    {
    }

    private HttpTileReader(HttpClient client, Uri baseAddress, int maxConcurrency, TimeSpan? timeout, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxConcurrency, 64);
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttp && baseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{baseAddress}' is not an absolute http or https URL.", nameof(baseAddress));
        }

        _client = client;
        _ownsClient = ownsClient;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        MaxConcurrency = maxConcurrency;
        Timeout = timeout ?? DefaultTimeout;
        var text = baseAddress.AbsoluteUri;
        BaseAddress = text.EndsWith('/') ? baseAddress : new Uri(text + "/");
    }

    /// <summary>The log prefix, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Requests in flight at most.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Time allowed for each request.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Further attempts after a timeout, a connection failure or a 5xx status.</summary>
    public int Retries { get; init; } = 2;

    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TileStorePaths.IsSafeRelative(path))
        {
            throw new ArgumentException($"'{path}' is not a safe relative resource path.", nameof(path));
        }

        var url = new Uri(BaseAddress, path);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var (data, found, transient) = await TryGetAsync(url, path, cancellationToken).ConfigureAwait(false);
                if (transient is null)
                {
                    return found ? data : null;
                }

                if (attempt >= Retries)
                {
                    throw new LedgerDataException(transient);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _slots.Dispose();
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private async Task<(byte[]? Data, bool Found, LedgerError? Transient)> TryGetAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (null, false, null);
            }

            var status = $"GET {url} returned {(int)response.StatusCode} {response.ReasonPhrase}.";
            if ((int)response.StatusCode >= 500)
            {
                return (null, false, new LedgerError("http.status", status, path));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new LedgerDataException(new LedgerError("http.status", status, path));
            }

            if (response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                throw new LedgerDataException(new LedgerError("http.too-large", $"GET {url} returned {response.Content.Headers.ContentLength} bytes; a tile or bundle is at most {MaxResponseBytes}.", path));
            }

            return (await ReadLimitedAsync(response.Content, url, path, timeout.Token).ConfigureAwait(false), true, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, false, new LedgerError("http.timeout", $"GET {url} did not complete within {Timeout.TotalSeconds:0.#} s.", path));
        }
        catch (HttpRequestException e)
        {
            return (null, false, new LedgerError("http.unreachable", $"GET {url} failed: {e.Message}", path));
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri url, string path, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxResponseBytes)
                {
                    throw new LedgerDataException(new LedgerError("http.too-large", $"GET {url} returned more than {MaxResponseBytes} bytes; a tile or bundle is at most that.", path));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static HttpClient CreateClient(int maxConcurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = maxConcurrency, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
}
