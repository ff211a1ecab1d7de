using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

public class ApiTests
{
    [Fact]
    public async Task Healthz_DatabaseReachable_ReportsHealthyAnonymously()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Me_WithApiKey_ActsAsItsOwnerAndBadKeysAreRefused()
    {
        await using var server = await CustosTestServer.StartAsync();
        var owner = await server.CreateStaffAsync("robot", [StaffRole.ComplianceOfficer]);
        string key;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("test", owner.Id, null, null, Actor.System)).Value.Key;
        }

        using var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("robot", me.GetProperty("username").GetString());
        Assert.Equal(StaffRole.ComplianceOfficer, me.GetProperty("roles")[0].GetString());

        using var forged = server.NewClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", key[..^2] + "xx");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Customers_BadPaging_IsAProblemDetailsNamingTheField()
    {
        await using var server = await CustosTestServer.StartAsync();
        var owner = await server.CreateStaffAsync("robot", [StaffRole.LegalReviewer]);
        await using var scope = server.Services.CreateAsyncScope();
        var key = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("test", owner.Id, null, null, Actor.System)).Value.Key;
        using var client = server.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.GetAsync("/api/v1/customers?take=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:custos:error:customers.take-invalid", problem.GetProperty("type").GetString());
        Assert.Equal("take", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/customers?take=abc")).StatusCode);
    }

    [Fact]
    public async Task Customers_AuditorKey_IsForbidden()
    {
        await using var server = await CustosTestServer.StartAsync();
        var owner = await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        await using var scope = server.Services.CreateAsyncScope();
        var key = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("test", owner.Id, null, null, Actor.System)).Value.Key;
        using var client = server.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/customers")).StatusCode);
    }
}
