using System.Net;
using System.Text.RegularExpressions;
using Custos.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// Every response — page, API, ledger tile, problem, redirect, not found — carries the security headers, whoever asks; and
/// no page sends a script element, since the policy allows none.
/// </summary>
public partial class SecurityHeadersTests
{
    [Fact]
    public async Task EveryGetRoute_AnonymousAndSignedIn_CarriesTheHeadersAndNoPageHasAScript()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var anonymous = server.NewClient();
        using var staff = await server.SignedInStaffAsync("headers-admin", ["administrator", "compliance-officer", "legal-reviewer", "auditor"]);
        var paths = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("GET"))
            .Select(e => "/" + RouteParameter().Replace(e.RoutePattern.RawText ?? string.Empty, "x1").TrimStart('/'))
            .Concat(["/no-such-page", "/ledger/tile/0/x999", "/api/v1/no-such-endpoint"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(paths.Count >= 20, $"expected the console, portal, API and ledger routes, found {paths.Count}");

        foreach (var client in new[] { anonymous, staff })
        {
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path);
                var what = $"GET {path} ({(client == staff ? "staff" : "anonymous")}, {(int)response.StatusCode})";
                Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), what + " has no Content-Security-Policy");
                var policy = csp.Single();
                Assert.Contains("script-src 'none'", policy, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
                Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
                Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
                if (response.StatusCode != HttpStatusCode.InternalServerError &&
                    response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotMatch(InlineHandler(), body);
                }

                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, what + " failed on the server");
            }
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    /// <summary>An inline event handler attribute such as <c>onclick="…"</c> (which the policy would block anyway).</summary>
    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
