using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// The staff review API with the keys of real users: two reviewers of different functions make a quorum; a user without
/// a reviewer role, a regional user, the user who took the request in, and one user holding two roles cannot make one;
/// each refusal names its rule and is in the ledger; bad input is refused and changes nothing.
/// </summary>
public class ReviewApiTests
{
    [Fact]
    public async Task TwoReviewersOfDifferentFunctions_SatisfyTheItem_AndEachVoteIsLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var (compliance, _) = await server.ReviewerAsync("carl", [StaffRole.ComplianceOfficer]);

        using var first = await CustosTestServer.VoteAsync(legal, requestId, "Valid subpoena for subscriber data.", (0, "subscriber", true));
        var afterFirst = await CustosTestServer.ReviewViewAsync(legal, requestId);
        using var second = await CustosTestServer.VoteAsync(compliance, requestId, "Narrow and lawful.", (0, "subscriber", true));
        var afterSecond = await CustosTestServer.ReviewViewAsync(legal, requestId);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("pending", Item(afterFirst).GetProperty("status").GetString());
        Assert.False(afterFirst.GetProperty("readiness").GetProperty("ready").GetBoolean());
        Assert.Equal("satisfied", Item(afterSecond).GetProperty("status").GetString());
        Assert.Equal(2, Item(afterSecond).GetProperty("approvals").GetArrayLength());
        Assert.Equal(2, (await server.EventsAsync(LedgerEventTypes.DecisionVoteCast, "request:" + requestId)).Count);
        using var details = JsonDocument.Parse((await server.EventsAsync(LedgerEventTypes.DecisionVoteCast))[0].Details!);
        Assert.Equal("Valid subpoena for subscriber data.", details.RootElement.GetProperty("rationale").GetString());
    }

    [Fact]
    public async Task Vote_ByAUserWithoutAReviewerRole_IsRefusedNamingTheRule_AndLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (auditor, auditorId) = await server.ReviewerAsync("aude", [StaffRole.Auditor]);

        using var refused = await CustosTestServer.VoteAsync(auditor, requestId, "I approve.", (0, "subscriber", true));

        await AssertRefusedAsync(server, refused, HttpStatusCode.Forbidden, "decision.not-a-reviewer", requestId, auditorId);
    }

    [Fact]
    public async Task Vote_ByARegionalReviewer_IsRefused_AndLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (regional, regionalId) = await server.ReviewerAsync("rustam", [StaffRole.LegalReviewer], region: "cis");

        using var refused = await CustosTestServer.VoteAsync(regional, requestId, "Fine by me.", (0, "subscriber", true));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await VotesAsync(server, requestId));
        var ledgered = (await server.EventsAsync(LedgerEventTypes.AccessRefused, "request:" + requestId)).Where(e => e.Actor == regionalId).ToArray();
        Assert.NotEmpty(ledgered);
    }

    [Fact]
    public async Task Vote_ByTheAnalystWhoTookTheRequestIn_IsRefusedEvenWithAReviewerRole()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var member = await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst, StaffRole.LegalReviewer]);
        var analyst = Actor.StaffMember(member.Id, member.Roles, member.Region);
        using var agency = await server.AgencyWithKeyAsync();
        var requestId = await server.AnalystEntryAsync(analyst, PaperSubpoena(customers.Customers[0].AccountId), agency.AgencyId);
        if ((await server.RequestDetailsAsync(requestId))!.Status != Domain.Lifecycle.RequestStatus.UnderReview)
        {
            Assert.True((await server.StartReviewAsync(requestId)).IsSuccess);
        }

        using var key = await server.StaffKeyClientAsync(member.Id);
        using var refused = await CustosTestServer.VoteAsync(key, requestId, "I took it in and it is fine.", (0, "subscriber", true));

        await AssertRefusedAsync(server, refused, HttpStatusCode.Forbidden, "decision.own-intake", requestId, "staff:" + member.Id);
    }

    [Fact]
    public async Task OnePersonHoldingTwoRoles_CountsOnce_AndCannotProduceAlone()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (both, bothId) = await server.ReviewerAsync("bob", [StaffRole.LegalReviewer, StaffRole.ComplianceOfficer]);

        using var vote = await CustosTestServer.VoteAsync(both, requestId, "Both of my hats say yes.", (0, "subscriber", true));
        var view = await CustosTestServer.ReviewViewAsync(both, requestId);
        using var produce = await both.PostAsync($"/api/v1/review/requests/{requestId}/produce", null);

        Assert.Equal(HttpStatusCode.Created, vote.StatusCode);
        Assert.Equal("pending", Item(view).GetProperty("status").GetString());
        Assert.Equal(1, Item(view).GetProperty("approvals").GetArrayLength());
        await AssertRefusedAsync(server, produce, HttpStatusCode.Conflict, "decision.quorum-incomplete", requestId, bothId, voted: true);
        Assert.Empty(await ProductionsAsync(server, requestId));
    }

    [Fact]
    public async Task BadVotes_AreRefusedWithAStableCode_AndChangeNothing()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);

        using var noTarget = await CustosTestServer.VoteAsync(legal, requestId, "Target 3?", (3, "subscriber", true));
        using var notAsked = await CustosTestServer.VoteAsync(legal, requestId, "Transactions?", (0, "transactions", true));
        using var noCategory = await CustosTestServer.VoteAsync(legal, requestId, "What?", (0, "passwords", true));
        using var noRationale = await CustosTestServer.VoteAsync(legal, requestId, " ", (0, "subscriber", true));
        using var wider = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/votes", new
        {
            items = new[] { new { target = 0, category = "subscriber", produce = true, dateRange = new { from = "2020-01-01", to = "2025-03-01" } } },
            rationale = "Everything.",
        });
        using var unknown = await CustosTestServer.VoteAsync(legal, "req_doesnotexist", "Hm.", (0, "subscriber", true));
        var votes = $"/api/v1/review/requests/{requestId}/votes";
        using var notJson = await legal.PostAsync(votes, new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));
        using var wrongType = await legal.PostAsync(votes, new StringContent(
            """{"items":[{"target":"zero","category":"subscriber","produce":true}],"rationale":"x"}""", System.Text.Encoding.UTF8, "application/json"));
        using var form = await legal.PostAsync(votes, new FormUrlEncodedContent(new Dictionary<string, string> { ["rationale"] = "x" }));

        Assert.Equal("decision.item-unknown", await CodeAsync(noTarget));
        Assert.Equal("decision.item-unknown", await CodeAsync(notAsked));
        Assert.Equal("decision.item-invalid", await CodeAsync(noCategory));
        Assert.Equal("decision.rationale-required", await CodeAsync(noRationale));
        Assert.Equal("decision.range-wider", await CodeAsync(wider));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("request.json-invalid", await CodeAsync(notJson));
        Assert.Equal("request.json-invalid", await CodeAsync(wrongType));
        Assert.Contains("$.items[0].target", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Empty(await VotesAsync(server, requestId));
        Assert.Equal(4, (await server.EventsAsync(LedgerEventTypes.DecisionActRefused, "request:" + requestId)).Count);
    }

    [Fact]
    public async Task Refusal_ClosesTheRequest_AndAVoteAfterItIsInTheWrongState()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var requestId = await RequestAsync(server);
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var (compliance, _) = await server.ReviewerAsync("carl", [StaffRole.ComplianceOfficer]);

        using var noRationale = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/refuse", new { rationale = "" });
        using var refuse = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/refuse", new { rationale = "The subpoena names the wrong statute." });
        var body = await refuse.Content.ReadFromJsonAsync<JsonElement>();
        using var late = await CustosTestServer.VoteAsync(compliance, requestId, "Too late?", (0, "subscriber", true));

        Assert.Equal("decision.rationale-required", await CodeAsync(noRationale));
        Assert.Equal(HttpStatusCode.OK, refuse.StatusCode);
        Assert.Equal("closed", body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("decision.wrong-state", await CodeAsync(late));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionRefused, "request:" + requestId));
    }

    [Fact]
    public async Task PushBack_SendsTheObjectionToTheAgency_AndReviewResumesOnItsAnswer()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        using var agency = await server.AgencyWithKeyAsync();
        var requestId = await server.UnderReviewAsync(agency, TestRequests.SubpoenaFor(customers.Customers[0].AccountId));
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);

        using var empty = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/push-back", new { message = " " });
        using var pushed = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/push-back", new { message = "Name the statute that reaches subscriber records of a foreign platform." });
        var seen = await agency.GetRequestAsync(requestId);
        using var answer = await agency.AnswerAsync(requestId, "21 U.S.C. 876, served on the US affiliate.");

        Assert.Equal("decision.message-required", await CodeAsync(empty));
        Assert.Equal("awaiting-clarification", (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Contains(seen.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString()!.StartsWith("Name the statute", StringComparison.Ordinal));
        Assert.Equal(Domain.Lifecycle.RequestStatus.UnderReview, (await server.RequestDetailsAsync(requestId))!.Status);
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionPushedBack, "request:" + requestId));
    }

    [Fact]
    public async Task SeedStory_ARegionalAnalystTakesInAForeignFiuRequestAndTriesToApprove_IsRefusedAndTheRefusalIsOnTheTimeline()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var member = await server.CreateStaffAsync("regional-head", [StaffRole.IntakeAnalyst], region: "cis");
        var analyst = Actor.StaffMember(member.Id, member.Roles, member.Region);
        var requestId = await server.AnalystEntryAsync(analyst, FiuRequest());
        using var key = await server.StaffKeyClientAsync(member.Id);

        using var refused = await CustosTestServer.VoteAsync(key, requestId, "Agreed at the meeting.", (0, "subscriber", true));
        using var produce = await key.PostAsync($"/api/v1/review/requests/{requestId}/produce", null);

        await AssertRefusedAsync(server, refused, HttpStatusCode.Forbidden, "decision.regional-staff", requestId, "staff:" + member.Id);
        Assert.Equal(HttpStatusCode.Forbidden, produce.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var rules = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToArray();
        Assert.Contains("decision.own-intake", rules);
        Assert.Contains("decision.not-a-reviewer", rules);
        await using var scope = server.Services.CreateAsyncScope();
        var timeline = await scope.ServiceProvider.GetRequiredService<Application.Ledger.LedgerReader>().TimelineAsync("request:" + requestId);
        Assert.Contains(timeline, t => t.EventType == LedgerEventTypes.DecisionActRefused.Name);
    }

    internal static async Task<string> RequestAsync(CustosTestServer server)
    {
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        return await server.RequestUnderReviewAsync(customers.Customers[0].AccountId);
    }

    private static JsonElement Item(JsonElement view) => view.GetProperty("items").EnumerateArray().Single();

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors")[0].GetProperty("code").GetString();
    }

    private static async Task AssertRefusedAsync(
        CustosTestServer server, HttpResponseMessage response, HttpStatusCode status, string code, string requestId, string actorId, bool voted = false)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, await CodeAsync(response));
        var ledgered = (await server.EventsAsync(LedgerEventTypes.DecisionActRefused, "request:" + requestId)).Where(e => e.Actor == actorId).ToArray();
        Assert.NotEmpty(ledgered);
        Assert.Contains(code, ledgered[^1].Details, StringComparison.Ordinal);
        Assert.Equal(voted, (await VotesAsync(server, requestId, actorId)).Count > 0);
    }

    private static async Task<IReadOnlyList<Storage.Entities.VoteRecord>> VotesAsync(CustosTestServer server, string requestId, string? voter = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        return await db.Votes.AsNoTracking().Where(v => v.RequestId == requestId && (voter == null || v.Voter == voter)).ToListAsync();
    }

    private static async Task<IReadOnlyList<Storage.Entities.ProductionRecord>> ProductionsAsync(CustosTestServer server, string requestId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        return await db.Productions.AsNoTracking().Where(p => p.RequestId == requestId).ToListAsync();
    }

    private static Domain.Requests.DataRequest PaperSubpoena(string accountId) => RequestJson.ReadRequest($$"""
        {
          "reference": "DEA-2025-00999",
          "receivedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}}",
          "channel": "post",
          "kind": "production",
          "agency": { "name": "Drug Enforcement Administration", "country": "US", "type": "police" },
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0099", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "account", "value": "{{accountId}}", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" }
        }
        """).Value;

    /// <summary>The seed story's request: Russia's FIU asks for the donors of a foundation it has just designated "extremist".</summary>
    private static Domain.Requests.DataRequest FiuRequest() => RequestJson.ReadRequest($$"""
        {
          "reference": "RFM-2021-0417",
          "receivedAt": "{{DateTimeOffset.UtcNow.AddHours(-2):yyyy-MM-ddTHH:mm:ssZ}}",
          "channel": "in-person",
          "kind": "production",
          "agency": { "name": "Rosfinmonitoring", "country": "RU", "type": "fiu" },
          "officer": { "name": "—", "title": "Deputy head", "email": "info@fedsfm.ru" },
          "legalProcess": { "type": "fiu-request", "reference": "RFM-2021-0417", "issuer": "Federal Financial Monitoring Service", "issuedOn": "2021-04-15", "signed": true, "legalBasis": "Federal Law 115-FZ" },
          "offence": { "description": "Financing of an extremist organisation", "categories": ["extremism", "terrorism-financing"], "designations": [ { "list": "ru-extremist", "name": "Anti-Corruption Foundation" } ] },
          "targets": [ { "type": "counterparty-of-wallet", "value": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "role": "unknown" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2017-01-01", "to": "2021-04-01" }
        }
        """).Value;
}
