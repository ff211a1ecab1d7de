using System.Net;
using System.Reflection;
using Custos.TestSupport;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Custos.Web.Tests;

/// <summary>Every page and endpoint names an authorisation policy or is explicitly anonymous; everything else fails closed.</summary>
public class AuthorizationCoverageTests
{
    private static readonly string[] KnownPolicies =
        typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void PageModels_EveryOne_HasAnExplicitPolicyOrAllowAnonymous()
    {
        var pages = typeof(Policies).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>().ToList();
            Assert.True(anonymous ^ (authorize.Count > 0), $"{page.Name} must have exactly one of [AllowAnonymous] or [Authorize(Policy = …)].");
            Assert.All(authorize, a => Assert.Contains(a.Policy, KnownPolicies));
        }
    }

    [Fact]
    public async Task Endpoints_EveryOne_HasAuthorizationMetadataNamingARegisteredPolicy()
    {
        await using var server = await CustosTestServer.StartAsync();
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var options = server.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        Assert.True(endpoints.Count >= 8, "expected the console pages and API endpoints to be mapped");
        foreach (var endpoint in endpoints)
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(anonymous || policies.Count > 0, $"{endpoint.RoutePattern.RawText} has no authorisation metadata");
            Assert.All(policies, p => Assert.NotNull(options.GetPolicy(p!)));
        }
    }

    [Fact]
    public async Task ProtectedRoutes_Anonymous_AreSentToSignInOrRefused()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();
        // Each endpoint is called with its own method and a content type it accepts, so that what answers is the
        // authorisation (not routing's 405 or 415 for a request no endpoint would take).
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => (
                Path: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').Replace("{accountId}", "C1", StringComparison.Ordinal),
                Method: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET",
                ContentType: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is [var type, ..] ? type : null))
            .Distinct()
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var (path, method, contentType) in endpoints)
        {
            using var message = new HttpRequestMessage(new HttpMethod(method), path);
            if (contentType is not null)
            {
                message.Content = new StringContent(string.Empty, System.Text.Encoding.UTF8, contentType);
            }

            using var response = await client.SendAsync(message);
            var redirectedToSignIn = response.StatusCode == HttpStatusCode.Redirect &&
                response.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal);
            Assert.True(redirectedToSignIn || response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {response.StatusCode} to an anonymous caller");
        }
    }

    [Fact]
    public void FallbackPolicy_IsDenyAll()
    {
        var options = new AuthorizationOptions();
        Policies.Configure(options);
        Assert.NotNull(options.FallbackPolicy);
        Assert.Contains(options.FallbackPolicy!.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.AssertionRequirement);
    }
}
