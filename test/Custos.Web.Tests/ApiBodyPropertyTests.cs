using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Custos.Domain.Staff;
using Custos.TestSupport;

namespace Custos.Web.Tests;

/// <summary>
/// The HTTP bodies of the staff review API and the agency API, fed hostile variants of valid bodies
/// (<see cref="Mutations"/>, from a fixed seed so a failure can be replayed): every answer is a success or a problem
/// document with a coded error, never a 500, whatever a variant does to the request (a valid one may vote or refuse it,
/// after which the rest are refused as conflicts — also an answer).
/// </summary>
public sealed class ApiBodyPropertyTests
{
    private const int VariantsPerBody = 120;

    private static readonly string[] ReviewBodies =
    [
        """{"items":[{"target":0,"category":"subscriber","produce":true,"dateRange":{"from":"2021-01-01","to":"2021-03-31"}}],"rationale":"Valid subpoena.","justification":null}""",
        """{"rationale":"Out of scope for this legal process."}""",
        """{"message":"Please narrow the date range."}""",
        """{"number":"+1 202 555 0100","calledAt":"2026-12-05T10:00:00Z","confirmed":true,"statement":"Duty officer confirmed."}""",
    ];

    private static readonly string[] ReviewActions = ["votes", "refuse", "push-back", "preserve", "emergency-call", "end-emergency", "notice-review"];

    [Fact]
    public async Task ReviewApiBodies_HostileVariants_AreAnsweredWithoutAServerError()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await ReviewApiTests.RequestAsync(server);
        var (reviewer, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var random = new Random(20261205);

        var failures = new List<string>();
        foreach (var action in ReviewActions)
        {
            foreach (var seed in ReviewBodies)
            {
                for (var i = 0; i < VariantsPerBody / ReviewBodies.Length; i++)
                {
                    var body = Mutations.Apply(Encoding.UTF8.GetBytes(seed), Operations(random));
                    using var response = await PostAsync(reviewer, $"/api/v1/review/requests/{requestId}/{action}", body);
                    await CheckAsync(response, action, body, failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public async Task AgencyApiBodies_HostileVariants_AreAnsweredWithoutAServerError()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 3);
        using var agency = await server.AgencyWithKeyAsync();
        var submission = TestRequests.SubpoenaFor(customers.Customers[0].AccountId);
        var requestId = await agency.SubmitRequestAsync(submission);
        var random = new Random(51202026);

        var failures = new List<string>();
        for (var i = 0; i < VariantsPerBody * 2; i++)
        {
            var body = Mutations.Apply(Encoding.UTF8.GetBytes(submission), Operations(random));
            using var response = await PostAsync(agency.Http, "/api/v1/requests", body);
            await CheckAsync(response, "submit", body, failures);
        }

        foreach (var (action, seed) in new[] { ("messages", """{"body":"The order is attached."}"""), ("withdraw", """{"reason":"Resolved."}""") })
        {
            for (var i = 0; i < VariantsPerBody / 2; i++)
            {
                var body = Mutations.Apply(Encoding.UTF8.GetBytes(seed), Operations(random));
                using var response = await PostAsync(agency.Http, $"/api/v1/requests/{requestId}/{action}", body);
                await CheckAsync(response, action, body, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    private static int[] Operations(Random random) => [.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(int.MinValue, int.MaxValue))];

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>A success, or a problem document whose errors each carry a code; never a 5xx.</summary>
    private static async Task CheckAsync(HttpResponseMessage response, string action, byte[] body, List<string> failures)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var shown = $"{action} {status} for body {Convert.ToBase64String(body)}: {text[..Math.Min(text.Length, 300)]}";
        if (status >= 500)
        {
            failures.Add(shown);
            return;
        }

        if (response.IsSuccessStatusCode)
        {
            return;
        }

        try
        {
            using var problem = JsonDocument.Parse(text);
            var errors = problem.RootElement.GetProperty("errors");
            if (errors.GetArrayLength() == 0 || errors.EnumerateArray().Any(e => string.IsNullOrWhiteSpace(e.GetProperty("code").GetString())))
            {
                failures.Add(shown);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            failures.Add(shown);
        }
    }
}
