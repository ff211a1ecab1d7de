using System.Net;

namespace Custos.Web.Hosting;

/// <summary>
/// Who may read <c>/metrics</c>: callers on this host (loopback) and on the networks named here
/// (<c>CUSTOS_METRICS_NETWORKS</c>, <c>--metrics-network</c>), and nobody else — everyone else is told the page does not
/// exist. A request that still carries a forwarded-for header came through a proxy whose client Custos cannot name (forwarded
/// headers are not trusted, or not from that proxy), so it is refused too: a reverse proxy on the same host does not
/// make the internet loopback.
/// </summary>
public sealed record MetricsOptions
{
    /// <summary>Networks besides loopback whose callers may read the metrics (a Prometheus server's, say).</summary>
    public IReadOnlyList<System.Net.IPNetwork> Networks { get; init; } = [];

    /// <summary>Parses comma-separated CIDR networks, adding a named error for each bad one.</summary>
    public static MetricsOptions Parse(string? networks, List<Domain.Common.Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var ranges = new List<System.Net.IPNetwork>();
        foreach (var text in (networks ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(text, out var network))
            {
                ranges.Add(network);
            }
            else
            {
                errors.Add(Domain.Common.Error.Invalid(
                    "host.metrics-network-invalid", $"'{text}' is not a network in CIDR form (CUSTOS_METRICS_NETWORKS or --metrics-network, such as 10.0.5.0/24).", "metrics-network"));
            }
        }

        return new MetricsOptions { Networks = ranges };
    }

    /// <summary>Whether a caller at <paramref name="address"/> may read the metrics.</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) || Networks.Any(n => n.Contains(address));
    }

    /// <summary>Whether the request may read the metrics: from an allowed address, and not relayed by an untrusted proxy.</summary>
    public bool MayScrape(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var relayed = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
        return !relayed && Allows(context.Connection.RemoteIpAddress);
    }
}
