using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Custos.TestSupport;

/// <summary>An agency's case system calling the agency API with its key: intent methods for tests that read as stories.</summary>
public sealed class AgencyApiClient(HttpClient http, string agencyId) : IDisposable
{
    /// <summary>The agency the key belongs to.</summary>
    public string AgencyId { get; } = agencyId;

    /// <summary>The underlying client (its Authorization header carries the key).</summary>
    public HttpClient Http { get; } = http;

    /// <summary>Posts <paramref name="json"/> to <c>POST /api/v1/requests</c>, optionally with an <c>Idempotency-Key</c>.</summary>
    public async Task<HttpResponseMessage> PostRequestAsync(string json, string? idempotencyKey = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = Json(json) };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Http.SendAsync(message);
    }

    /// <summary>Submits a request that must be accepted, and returns its id.</summary>
    public async Task<string> SubmitRequestAsync(string json)
    {
        using var response = await PostRequestAsync(json);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The request was not accepted ({(int)response.StatusCode}): {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The request as the agency sees it.</summary>
    public Task<JsonElement> GetRequestAsync(string id) => Http.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");

    /// <summary>The agency's list of requests.</summary>
    public Task<JsonElement> ListRequestsAsync() => Http.GetFromJsonAsync<JsonElement>("/api/v1/requests");

    /// <summary>Answers a clarification question (or writes to the reviewers).</summary>
    public Task<HttpResponseMessage> AnswerAsync(string id, string body) => Http.PostAsJsonAsync($"/api/v1/requests/{id}/messages", new { body });

    /// <summary>Downloads the production package of a request (<c>GET /api/v1/requests/{id}/package</c>).</summary>
    public Task<HttpResponseMessage> DownloadPackageAsync(string id) => Http.GetAsync($"/api/v1/requests/{id}/package");

    /// <summary>The request body as JSON.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public void Dispose() => Http.Dispose();

    /// <summary>A client of <paramref name="server"/> presenting <paramref name="key"/>.</summary>
    internal static AgencyApiClient For(CustosTestServer server, string agencyId, string key)
    {
        var http = server.NewClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return new AgencyApiClient(http, agencyId);
    }
}
