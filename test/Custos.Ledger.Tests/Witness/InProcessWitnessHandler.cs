using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Custos.Ledger.Witness;

namespace Custos.Ledger.Tests.Witness;

/// <summary>Serves witnesses by host name inside the test process, the way the HTTP host maps results; a host that is "down" refuses connections.</summary>
internal sealed class InProcessWitnessHandler : HttpMessageHandler
{
    private readonly Dictionary<string, CheckpointWitness> _witnesses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _down = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = [];

    public Uri Add(string host, CheckpointWitness witness)
    {
        _witnesses[host] = witness;
        return new Uri($"http://{host}/");
    }

    public void SetDown(string host, bool down)
    {
        if (down)
        {
            _down.Add(host);
        }
        else
        {
            _down.Remove(host);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        if (_down.Contains(host))
        {
            throw new HttpRequestException($"Connection refused ({host})");
        }

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/add-checkpoint", request.RequestUri.AbsolutePath);
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add($"{host} {Encoding.UTF8.GetString(body).Split('\n')[0]}");
        var result = await _witnesses[host].AddCheckpointAsync(body, cancellationToken);
        var response = new HttpResponseMessage(result.HttpStatus);
        if (result.IsCosigned)
        {
            response.Content = new StringContent(WitnessProtocol.FormatCosignatures(result.Cosignatures));
        }
        else if (result.KnownSize is { } size)
        {
            response.Content = new StringContent(WitnessProtocol.FormatSize(size));
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(WitnessProtocol.SizeContentType);
        }
        else
        {
            response.Content = new StringContent(result.Error!.ToString());
        }

        return response;
    }
}
