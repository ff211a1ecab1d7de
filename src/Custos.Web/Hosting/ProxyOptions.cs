using System.Net;

namespace Custos.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that terminates HTTPS: whether to trust its <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> (never trusted unless configured), and from which proxies. When trusted, cookies are always
/// sent <c>Secure</c>. With no proxies or networks named, only a proxy on the same host (loopback) is trusted.
/// </summary>
public sealed record ProxyOptions
{
    public bool ForwardedHeaders { get; init; }

    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    public IReadOnlyList<System.Net.IPNetwork> KnownNetworks { get; init; } = [];

    /// <summary>Parses comma-separated addresses and CIDR networks, adding a named error for each bad one.</summary>
    public static ProxyOptions Parse(bool enabled, string? proxies, string? networks, List<Domain.Common.Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var addresses = new List<IPAddress>();
        foreach (var text in Split(proxies))
        {
            if (IPAddress.TryParse(text, out var address))
            {
                addresses.Add(address);
            }
            else
            {
                errors.Add(Domain.Common.Error.Invalid("host.known-proxy-invalid", $"'{text}' is not an IP address (CUSTOS_KNOWN_PROXIES is a comma-separated list such as 10.0.0.5,10.0.0.6).", "known-proxies"));
            }
        }

        var ranges = new List<System.Net.IPNetwork>();
        foreach (var text in Split(networks))
        {
            if (System.Net.IPNetwork.TryParse(text, out var network))
            {
                ranges.Add(network);
            }
            else
            {
                errors.Add(Domain.Common.Error.Invalid("host.known-network-invalid", $"'{text}' is not a network in CIDR form (CUSTOS_KNOWN_NETWORKS, such as 10.0.0.0/24).", "known-networks"));
            }
        }

        if (!enabled && (addresses.Count > 0 || ranges.Count > 0))
        {
            errors.Add(Domain.Common.Error.Invalid("host.known-proxies-without-forwarded-headers", "Known proxies or networks are named but CUSTOS_FORWARDED_HEADERS is not true: set it to trust them.", "forwarded-headers"));
        }

        return new ProxyOptions { ForwardedHeaders = enabled, KnownProxies = addresses, KnownNetworks = ranges };
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
