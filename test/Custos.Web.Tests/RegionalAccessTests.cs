using System.Net;
using System.Reflection;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// Generated from the application's own endpoints: every console page handler and every staff API endpoint is called
/// as a regional member of staff (region <c>cis</c>) of each role, about another person's request, an agency and a
/// customer. Everything outside the short list of what regional staff may do — take requests in, register or flag an
/// agency, read the registry and their own work, manage their own sign-in — is refused and the refusal is in the ledger.
/// </summary>
public class RegionalAccessTests
{
    /// <summary>
    /// What a regional intake analyst may do (method, route, page handler). Nothing here is about another person's
    /// request or a customer: those are refused too.
    /// </summary>
    private static readonly HashSet<string> RegionalMay =
    [
        "GET / ", "GET /requests ", "GET /requests/new ", "POST /requests/new ", "POST /requests/new Rows",
        "GET /agencies ", "POST /agencies Register", "GET /agencies/{id} ", "POST /agencies/{id} Flag",
        "GET /audit/ledger ", "GET /account/second-factor ", "POST /account/second-factor ",
        "GET /signout ", "POST /signout ", "GET /api/v1/me ", "GET /api/v1/review/requests/ ",
    ];

    private static readonly string[] Verbs = ["Get", "Post"];

    [Fact]
    public async Task EveryHandlerAndEndpoint_AsARegionalUserOfEachRole_IsRefusedAndLedgeredUnlessRegionalStaffMayDoIt()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 10);
        using var agency = await server.AgencyWithKeyAsync();
        var requestId = await agency.SubmitRequestAsync(TestRequests.SubpoenaFor(customers.Customers[0].AccountId));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{id}"] = requestId,
            ["{accountId}"] = customers.Customers[0].AccountId,
        };
        var agencyId = (await server.RequestDetailsAsync(requestId))!.Summary.AgencyId!;
        var calls = StaffCalls(server);
        Assert.Contains(calls, c => c.Key == "POST /agencies/{id} Verify");
        Assert.Contains(calls, c => c.Key == "GET /api/v1/customers/{accountId} ");

        var failures = new List<string>();
        var checkedRefusals = 0;
        foreach (var role in StaffRole.All)
        {
            var user = await server.CreateStaffAsync("regional-" + role, [role], "cis");
            using var console = server.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await CustosTestServer.SignInAsync(console, user.Username)).StatusCode);
            using var api = await server.StaffKeyClientAsync(user.Id);
            var token = await CustosTestServer.AntiforgeryTokenAsync(console, "/");
            foreach (var call in calls.Where(c => !c.Key.StartsWith("GET /signout", StringComparison.Ordinal) && !c.Key.StartsWith("POST /signout", StringComparison.Ordinal)))
            {
                var path = call.Route;
                foreach (var (name, value) in values)
                {
                    path = path.Replace(name, path.StartsWith("/agencies/", StringComparison.Ordinal) && name == "{id}" ? agencyId : value, StringComparison.Ordinal);
                }

                if (call.Handler.Length > 0)
                {
                    path += "?handler=" + call.Handler;
                }

                var client = call.Route.StartsWith("/api/", StringComparison.Ordinal) ? api : console;
                using var message = new HttpRequestMessage(new HttpMethod(call.Method), path);
                if (call.Method == "POST" && client == api)
                {
                    // An API client sends JSON; the smallest body lets the endpoint reach its use case.
                    message.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }
                else if (call.Method == "POST")
                {
                    message.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                }

                var before = await RefusalsAsync(server, user.Id);
                using var response = await client.SendAsync(message);
                var recorded = await RefusalsAsync(server, user.Id) > before;
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ||
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith("/denied", StringComparison.Ordinal);
                var may = role == StaffRole.IntakeAnalyst && RegionalMay.Contains(call.Key);
                if (RegionalMay.Contains(call.Key))
                {
                    if (may && (refused || recorded))
                    {
                        failures.Add($"{role}: {call.Key} was refused ({(int)response.StatusCode}) but regional intake may do it");
                    }

                    continue;
                }

                checkedRefusals++;
                if (!refused || !recorded)
                {
                    failures.Add($"{role}: {call.Key} answered {(int)response.StatusCode} {response.Headers.Location}, refusal {(recorded ? "" : "not ")}ledgered");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedRefusals > 8 * 25, $"only {checkedRefusals} refusals were checked");
    }

    /// <summary>A console page handler or a staff API endpoint: its method, route, page handler name (empty for the default).</summary>
    private sealed record StaffCall(string Method, string Route, string Handler)
    {
        public string Key => $"{Method} {Route} {Handler}";
    }

    /// <summary>
    /// Every staff page handler (from the page models' <c>OnGet…</c>/<c>OnPost…</c> methods) and every staff API endpoint,
    /// found in the running application's endpoint data source; agency-only and anonymous ones are left out.
    /// </summary>
    private static List<StaffCall> StaffCalls(CustosTestServer server)
    {
        var staffPolicies = Policies.StaffActions.Keys.ToHashSet(StringComparer.Ordinal);
        var pageModels = typeof(Policies).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(a => a.Kind == "mvc.1.0.razor-page")
            .ToDictionary(a => a.Identifier, a => a.Type.GetProperty("Model")!.PropertyType, StringComparer.OrdinalIgnoreCase);
        var calls = new List<StaffCall>();
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || policies.Count == 0 || !policies.All(staffPolicies.Contains))
            {
                continue;
            }

            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var model = pageModels[page.RelativePath];
                foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
                    foreach (var verb in Verbs.Where(v => name.StartsWith("On" + v, StringComparison.Ordinal)))
                    {
                        calls.Add(new StaffCall(verb.ToUpperInvariant(), route, name[(2 + verb.Length)..]));
                    }
                }
            }
            else
            {
                var verb = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
                calls.Add(new StaffCall(verb, route, string.Empty));
            }
        }

        Assert.True(typeof(PageModel).IsAssignableFrom(typeof(Pages.Requests.DetailsModel)));
        return calls.Distinct().ToList();
    }

    private static async Task<int> RefusalsAsync(CustosTestServer server, string userId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var actor = "staff:" + userId;
        return await db.LedgerEvents.AsNoTracking().CountAsync(e => e.EventTypeId == LedgerEventTypes.AccessRefused.Id && e.Actor == actor);
    }
}
