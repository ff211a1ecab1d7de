using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

public class RequestApiTests
{
    private const string Subpoena = """
        {
          "reference": "DEA-2025-00412",
          "receivedAt": "2025-03-10T14:02:00Z",
          "channel": "api",
          "kind": "production",
          "agency": { "name": "DEA", "country": "US", "type": "police" },
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0087", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "account", "value": "C-100234", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" }
        }
        """;

    private static StringContent Json(string json) => AgencyApiClient.Json(json);

    [Fact]
    public async Task Submit_WithAgencyKey_CreatesTheRequestWhichOnlyThatAgencySees()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        using var other = await server.AgencyWithKeyAsync("FBI", "fbi.gov");
        var client = agency.Http;

        using var created = await agency.PostRequestAsync(Subpoena);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/requests/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("under-review", body.GetProperty("status").GetString());
        Assert.Equal("api", body.GetProperty("channel").GetString());
        Assert.False(body.TryGetProperty("scrutiny", out _));
        Assert.False(body.TryGetProperty("recommendation", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        Assert.Equal(id, list[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        Assert.Equal(0, (await other.ListRequestsAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Submit_RetryWithIdempotencyKey_ReturnsTheFirstResultAndADifferentBodyIsAConflict()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();

        Task<HttpResponseMessage> PostAsync(string json) => agency.PostRequestAsync(json, idempotencyKey: "case-77-attempt");

        using var first = await PostAsync(Subpoena);
        using var retry = await PostAsync(Subpoena);
        using var changed = await PostAsync(Subpoena.Replace("DEA-2025-00412", "DEA-2025-00413", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal("urn:custos:error:request.idempotency-key-reused", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("\"reference\": \"DEA-2025-00412\",", "\"reference\": \"x\", \"gagOrder\": true,", "gagOrder")]
    [InlineData("\"kind\": \"production\",", "\"kind\": \"subpoena-everything\",", "$.kind")]
    [InlineData("\"to\": \"2025-03-01\"", "\"to\": \"2025-02-30\"", "$.dateRange.to")]
    public async Task Submit_BadFields_AreRefusedNamingTheField(string find, string replacement, string field)
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();

        using var response = await agency.PostRequestAsync(Subpoena.Replace(find, replacement, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:custos:error:request.invalid", problem.GetProperty("type").GetString());
        // RFC 9457: the title names the type of problem, the detail this occurrence (and so the field).
        Assert.Equal("The request is not valid.", problem.GetProperty("title").GetString());
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_MultipartWithDocuments_StoresThemWithTheirHashAndRefusesAMismatch()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var client = agency.Http;
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\nsigned subpoena\n%%EOF");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));

        MultipartFormDataContent Form(string declaredSha)
        {
            var json = Subpoena.Replace("\"legalBasis\": \"21 U.S.C. 876\"", $"\"legalBasis\": \"21 U.S.C. 876\", \"documents\": [{{ \"name\": \"subpoena.pdf\", \"sha256\": \"{declaredSha}\" }}]", StringComparison.Ordinal);
            var form = new MultipartFormDataContent { { new StringContent(json, Encoding.UTF8, "application/json"), "request" } };
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "documents", "subpoena.pdf");
            return form;
        }

        using var good = await client.PostAsync("/api/v1/requests", Form(sha));
        using var bad = await client.PostAsync("/api/v1/requests", Form(new string('0', 64)));

        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var document = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0];
        Assert.Equal(sha, document.GetProperty("sha256").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("legalProcess.documents[0].sha256", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Requests_WithoutAnAgency_AreRefused()
    {
        await using var server = await CustosTestServer.StartAsync();
        var owner = await server.CreateStaffAsync("robot", [StaffRole.ComplianceOfficer]);
        string staffKey;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            staffKey = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("t", owner.Id, null, null, Actor.System)).Value.Key;
        }

        using var anonymous = server.NewClient();
        using var staff = server.NewClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", staffKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/requests", Json(Subpoena))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/v1/requests", Json(Subpoena))).StatusCode);
    }

    [Fact]
    public async Task Clarification_AskedByReviewer_IsAnsweredThroughTheApi()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var id = await agency.SubmitRequestAsync(Subpoena);
        Assert.True((await server.AskClarificationAsync(id, "Which period exactly?")).IsSuccess);

        var waiting = await agency.GetRequestAsync(id);
        Assert.Equal("awaiting-clarification", waiting.GetProperty("status").GetString());
        Assert.Equal("Which period exactly?", waiting.GetProperty("messages")[0].GetProperty("body").GetString());

        using var answered = await agency.AnswerAsync(id, "January 2024 to March 2025.");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("under-review", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_IsServedAnonymouslyAndDescribesTheRequestsApi()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/requests", out var requests));
        Assert.True(requests.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/requests/{id}/messages", out _));
    }
}
