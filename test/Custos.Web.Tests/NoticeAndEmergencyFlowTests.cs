using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// What happens after the decision, driven by the injected clock: a notice scheduled for the end of a non-disclosure
/// order goes by itself after a restart; an emergency produces only after the call on the published number, its notice
/// waits for a reviewer to mark it over, and a missed follow-up is flagged once; an order without an end date is flagged
/// for legal review every 180 days; a preservation freezes the targets' data.
/// </summary>
public class NoticeAndEmergencyFlowTests
{
    private const string PublishedPhone = "+1 202 555 0100";

    [Fact]
    public async Task ScheduledNotice_GoesByItself_WhenAServerStartsAfterTheOrdersEndDate()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        var folder = TestEnvironment.NewTempDirectory("restart");
        var first = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock, dataDirectory: folder);
        string requestId;
        string account;
        try
        {
            var customers = await first.ImportDemoCustomersAsync(count: 5);
            account = customers.Customers.First(c => c.Email is not null).AccountId;
            var until = DateOnly.FromDateTime(clock.Now.UtcDateTime).AddDays(30);
            (requestId, _) = await ProducedAsync(first, WithNonDisclosure(TestRequests.SubpoenaFor(account), $"\"until\": \"{until:yyyy-MM-dd}\""));
            Assert.Empty(await first.OutboxAsync(requestId));
        }
        finally
        {
            await first.StopKeepingDataAsync();
        }

        clock.Advance(TimeSpan.FromDays(31));
        await using var second = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock, dataDirectory: folder);
        var sent = await WaitAsync(async () => (await second.OutboxAsync(requestId)).FirstOrDefault(n => n.SentAt is not null));

        Assert.Equal(account, sent.CustomerAccountId);
        var eml = Assert.Single(Directory.GetFiles(Path.Combine(folder, "outbox"), "*.eml"));
        Assert.Contains(account, await File.ReadAllTextAsync(eml), StringComparison.Ordinal);

        // The notice gives the customer their disclosure code and index key, and points to the proof page.
        var identities = second.Services.GetRequiredService<Application.Ledger.LedgerIdentityKey>();
        var body = MimeKit.MimeMessage.Load(eml).TextBody!.ReplaceLineEndings("\n");
        Assert.Contains($"/disclosures with your account id {account} and your disclosure code {identities.DisclosureCode(account)}.", body, StringComparison.Ordinal);
        Assert.Contains($"your index key {identities.CustomerKey(account)}", body, StringComparison.Ordinal);
        Assert.Contains($"--account {account} --code {identities.DisclosureCode(account)}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_ProducesOnlyAfterTheCallOnThePublishedNumber_ItsNoticeWaitsForItsEnd_AndAMissedFollowUpIsFlaggedOnce()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        using var agency = await server.AgencyWithKeyAsync(phone: PublishedPhone);
        await server.RegisterCertificateAsync(agency.AgencyId, TestProductions.NewAgency().CertificatePem);
        var requestId = await server.UnderReviewAsync(agency, Emergency(account, DateOnly.FromDateTime(clock.Now.UtcDateTime)));
        var reviewers = await QuorumAsync(server, requestId);
        var (analyst, _) = await server.ReviewerAsync("ana", [StaffRole.IntakeAnalyst]);
        var url = $"/api/v1/review/requests/{requestId}";
        clock.Advance(TimeSpan.FromMinutes(10));

        using var unconfirmed = await reviewers[0].PostAsync(url + "/produce", null);
        using var fromRequest = await analyst.PostAsJsonAsync(url + "/emergency-call", new
        {
            number = "+1 (202) 555-0199", calledAt = clock.Now.AddMinutes(-5), confirmed = true, statement = "Sgt. Ruiz confirmed.",
        });
        using var call = await analyst.PostAsJsonAsync(url + "/emergency-call", new
        {
            number = "+1 202-555-0100", calledAt = clock.Now.AddMinutes(-2), confirmed = true, statement = "The duty officer confirmed the request and the threat.",
        });
        using var produce = await reviewers[0].PostAsync(url + "/produce", null);
        Assert.True(call.StatusCode == HttpStatusCode.OK, await call.Content.ReadAsStringAsync());
        Assert.True(produce.StatusCode == HttpStatusCode.Accepted, await produce.Content.ReadAsStringAsync());
        var productionId = (await produce.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await server.WaitReleasedAsync(productionId);
        var waiting = await server.RunReviewDeadlinesAsync();
        var notice = Assert.Single((await CustosTestServer.ReviewViewAsync(reviewers[0], requestId)).GetProperty("notices").EnumerateArray());
        using var ended = await reviewers[0].PostAsJsonAsync(url + "/end-emergency", new { rationale = "The missing person was found on the second day." });
        var afterEnd = await server.RunReviewDeadlinesAsync();
        clock.Advance(TimeSpan.FromDays(31));
        var late = await server.RunReviewDeadlinesAsync();
        var again = await server.RunReviewDeadlinesAsync();
        var view = await CustosTestServer.ReviewViewAsync(reviewers[0], requestId);

        Assert.Equal("urn:custos:error:decision.emergency-unconfirmed", await TypeAsync(unconfirmed));
        Assert.Equal("urn:custos:error:emergency.number-from-request", await TypeAsync(fromRequest));
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, produce.StatusCode);
        Assert.Equal("awaiting-emergency-end", notice.GetProperty("status").GetString());
        Assert.Equal(0, waiting.NoticesQueued);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(1, afterEnd.NoticesQueued);
        Assert.Equal((1, 0), (late.FollowUpsMissed, again.FollowUpsMissed));
        Assert.Equal("missed", view.GetProperty("emergency").GetProperty("followUp").GetProperty("state").GetString());
        Assert.Single(await server.EventsAsync(LedgerEventTypes.EmergencyFollowUpMissed, "request:" + requestId));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.EmergencyCallRecorded, "request:" + requestId));
    }

    [Fact]
    public async Task OrderWithoutAnEndDate_WithholdsTheNotice_AndFlagsLegalReviewEvery180Days()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var (requestId, reviewer) = await ProducedAsync(server, WithNonDisclosure(TestRequests.SubpoenaFor(account), "\"until\": null"));
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);

        var withheld = Assert.Single((await CustosTestServer.ReviewViewAsync(reviewer, requestId)).GetProperty("notices").EnumerateArray());
        clock.Advance(TimeSpan.FromDays(179));
        var early = await server.RunReviewDeadlinesAsync();
        clock.Advance(TimeSpan.FromDays(1));
        var due = await server.RunReviewDeadlinesAsync();
        var dueAgain = await server.RunReviewDeadlinesAsync();
        using var reviewed = await reviewer.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/notice-review", new { rationale = "The court declined to set an end date; asked again." });
        var after = Assert.Single((await CustosTestServer.ReviewViewAsync(reviewer, requestId)).GetProperty("notices").EnumerateArray());

        Assert.Equal("withheld-pending-review", withheld.GetProperty("status").GetString());
        Assert.Equal(Day(today.AddDays(180)), withheld.GetProperty("reviewDue").GetString());
        Assert.Equal((0, 1, 0), (early.ReviewsFlagged, due.ReviewsFlagged, dueAgain.ReviewsFlagged));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(Day(today.AddDays(360)), after.GetProperty("reviewDue").GetString());
        Assert.False(after.GetProperty("queued").GetBoolean());
        Assert.Single(await server.EventsAsync(LedgerEventTypes.NoticeReviewDue));
        Assert.Empty(await server.OutboxAsync(requestId));
    }

    [Fact]
    public async Task TippingOffProhibition_BlocksTheNotice_EvenAYearLater()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var (requestId, reviewer) = await ProducedAsync(server, WithNonDisclosure(TestRequests.SubpoenaFor(account), "\"tippingOff\": true"));

        clock.Advance(TimeSpan.FromDays(365));
        var run = await server.RunReviewDeadlinesAsync();
        var notice = Assert.Single((await CustosTestServer.ReviewViewAsync(reviewer, requestId)).GetProperty("notices").EnumerateArray());

        Assert.Equal("blocked", notice.GetProperty("status").GetString());
        Assert.Equal(0, run.NoticesQueued);
        Assert.Empty(await server.OutboxAsync(requestId));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.NoticeWithheld));
    }

    [Fact]
    public async Task Preserve_FreezesAHashedSnapshotForThePolicysPeriod()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers[0].AccountId;
        using var agency = await server.AgencyWithKeyAsync();
        var json = TestRequests.SubpoenaFor(account)
            .Replace("\"kind\": \"production\"", "\"kind\": \"preservation\"", StringComparison.Ordinal)
            .Replace("\"type\": \"administrative-subpoena\"", "\"type\": \"preservation-letter\"", StringComparison.Ordinal);
        var requestId = await agency.SubmitRequestAsync(json);
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);

        using var preserve = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/preserve", new { rationale = "A 2703(f) letter: preserve for 90 days." });
        var body = await preserve.Content.ReadFromJsonAsync<JsonElement>();
        var view = await CustosTestServer.ReviewViewAsync(legal, requestId);
        using var again = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/preserve", new { rationale = "Twice?" });

        Assert.Equal(HttpStatusCode.OK, preserve.StatusCode);
        Assert.Equal("preserved", body.GetProperty("status").GetString());
        var preservation = view.GetProperty("preservation");
        Assert.Equal("active", preservation.GetProperty("state").GetString());
        Assert.Equal(90, preservation.GetProperty("daysLeft").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var started = Assert.Single(await server.EventsAsync(LedgerEventTypes.PreservationStarted, "request:" + requestId));
        Assert.Contains("\"sha256\"", started.Details, StringComparison.Ordinal);
        Assert.Contains("customer:" + account, started.References.Split(' '));
    }

    /// <summary>A request of a verified agency with a certificate, decided by a legal reviewer and a compliance officer and produced.</summary>
    private static async Task<(string RequestId, HttpClient Reviewer)> ProducedAsync(CustosTestServer server, string json)
    {
        var agency = await server.AgencyWithKeyAsync();
        await server.RegisterCertificateAsync(agency.AgencyId, TestProductions.NewAgency().CertificatePem);
        var requestId = await server.UnderReviewAsync(agency, json);
        var reviewers = await QuorumAsync(server, requestId);
        using var produce = await reviewers[1].PostAsync($"/api/v1/review/requests/{requestId}/produce", null);
        Assert.Equal(HttpStatusCode.Accepted, produce.StatusCode);
        return (requestId, reviewers[0]);
    }

    /// <summary>Reviewers of every function the request's items need vote to produce them all.</summary>
    private static async Task<IReadOnlyList<HttpClient>> QuorumAsync(CustosTestServer server, string requestId)
    {
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var view = await CustosTestServer.ReviewViewAsync(legal, requestId);
        var functions = view.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("requires").EnumerateArray().Select(r => r.GetProperty("function").GetString()!))
            .Append("compliance").Distinct().Where(f => f != "legal").ToArray();
        var reviewers = new List<HttpClient> { legal };
        foreach (var function in functions)
        {
            var role = function switch
            {
                "compliance" => StaffRole.ComplianceOfficer,
                "privacy" => StaffRole.PrivacyOfficer,
                "human-rights" => StaffRole.HumanRightsReviewer,
                _ => StaffRole.SeniorEscalation,
            };
            reviewers.Add((await server.ReviewerAsync("rev-" + function, [role])).Client);
        }

        foreach (var reviewer in reviewers)
        {
            using var vote = await CustosTestServer.VoteAsync(reviewer, requestId, "Lawful, narrow and necessary.", (0, "subscriber", true));
            Assert.Equal(HttpStatusCode.Created, vote.StatusCode);
        }

        return reviewers;
    }

    private static string WithNonDisclosure(string json, string terms) => json.Replace(
        "\"dataCategories\"", $"\"nonDisclosure\": {{ \"required\": true, \"basis\": \"18 U.S.C. 2705(b) order\", {terms} }},\n  \"dataCategories\"", StringComparison.Ordinal);

    private static string Emergency(string accountId, DateOnly today) => $$"""
        {
          "reference": "MPD-2026-7781",
          "kind": "emergency",
          "officer": { "name": "Sgt. Maria Ruiz", "title": "Sergeant", "email": "m.ruiz@dea.gov", "phone": "+1 202 555 0199" },
          "legalProcess": { "type": "emergency-disclosure", "reference": "EDR-7781", "issuer": "DEA", "issuedOn": "{{today:yyyy-MM-dd}}", "signed": true, "legalBasis": "18 U.S.C. 2702(b)(8)" },
          "offence": { "description": "Kidnapping: a ransom paid in bitcoin to this account", "categories": ["kidnapping"], "maxPenaltyYears": 30 },
          "targets": [ { "type": "account", "value": "{{accountId}}", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "{{today.AddDays(-30):yyyy-MM-dd}}", "to": "{{today:yyyy-MM-dd}}" },
          "emergency": { "threat": "A person held for ransom", "personsAtRisk": "One adult, named in the call", "why-normal-process-too-slow": "The ransom deadline is tonight" }
        }
        """;

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 300; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Nothing came within 30 s.");
    }

    private static async Task<string?> TypeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("type").GetString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
