using System.Net;

namespace Custos.Cli.Commands;

/// <summary>Fetches published reports from the Custos that serves a ledger: <c>/transparency/reports/…</c> next to the ledger URL.</summary>
internal sealed class PublishedReportClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;

    private PublishedReportClient(HttpClient http, Uri reports)
    {
        _http = http;
        _base = reports;
    }

    /// <summary>The reports of the server of <paramref name="ledgerUrl"/> (<c>https://host/ledger/</c> → <c>https://host/transparency/reports/</c>), or of <paramref name="reportsUrl"/>.</summary>
    public static PublishedReportClient? Create(string? ledgerUrl, string? reportsUrl)
    {
        var text = reportsUrl ?? ledgerUrl;
        if (text is null || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var reports = reportsUrl is null
            ? new Uri(uri, "../transparency/reports/")
            : new Uri(uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/");
        return new PublishedReportClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, reports);
    }

    /// <summary>Where the reports are read from.</summary>
    public Uri BaseAddress => _base;

    /// <summary>The JSON bytes and statement of the report with this SHA-256; null for what the server does not have.</summary>
    public async Task<(byte[]? Json, string? Statement)> FetchAsync(string sha256, CancellationToken cancellationToken)
    {
        var json = await GetAsync($"{sha256}.json", cancellationToken);
        var statement = await GetAsync($"{sha256}.sig", cancellationToken);
        return (json, statement is null ? null : System.Text.Encoding.UTF8.GetString(statement));
    }

    private async Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(_base, name), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public void Dispose() => _http.Dispose();
}
