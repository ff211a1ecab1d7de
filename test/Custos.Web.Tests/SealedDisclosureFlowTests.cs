using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Application.Proofs.Sealing;
using Custos.Domain.Events;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// A production under a non-disclosure order is logged sealed — no customer key in the clear, a public unseal-by date —
/// and the customer's page shows nothing until the order lapses; then the unseal names the customer, the page shows the
/// disclosure and the downloaded proof verifies. A review of an order without an end date moves the unseal-by date.
/// </summary>
public class SealedDisclosureFlowTests
{
    [Fact]
    public async Task GaggedProduction_IsSealedUntilTheOrderLapses_ThenTheCustomersPageShowsIt()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var key = server.DisclosureKey(account);
        var until = DateOnly.FromDateTime(clock.Now.UtcDateTime).AddDays(30);
        var (requestId, _) = await server.ProducedAsync(CustosTestServer.WithNonDisclosure(TestRequests.SubpoenaFor(account), $"\"until\": \"{until:yyyy-MM-dd}\""));
        await server.WaitForDisclosureIndexAsync();
        using var client = server.NewClient();

        // The sealed production is released: the sealer's check that its entry names exactly the package's customers
        // opens the seal's commitment, since the entry does not name them in the clear.
        var productionId = (await server.EventsAsync(LedgerEventTypes.ProductionCreated)).Single().Subject["production:".Length..];
        var released = await server.WaitReleasedAsync(productionId);
        var created = LedgerEntryFormat.Parse(Assert.Single(await server.EventsAsync(LedgerEventTypes.ProductionCreated)).Entry).Value;
        var scheduled = LedgerEntryFormat.Parse(Assert.Single(await server.EventsAsync(LedgerEventTypes.NoticeScheduled)).Entry).Value;
        var before = await CustosTestServer.LookUpDisclosuresAsync(client, key);

        clock.Advance(TimeSpan.FromDays(31));
        var run = await server.RunReviewDeadlinesAsync();
        await server.WaitForNoticesSentAsync(requestId);
        clock.Advance(TimeSpan.FromDays(1));
        await server.WaitForDisclosureIndexAsync();
        var after = await CustosTestServer.LookUpDisclosuresAsync(client, key);
        var download = await CustosTestServer.LookUpDisclosuresAsync(client, key.ToUpperInvariant(), "Proof");

        foreach (var entry in new[] { created, scheduled })
        {
            Assert.DoesNotContain(key, entry.References);
            Assert.Equal(until, JsonSerializer.Deserialize<SealedPublic>(entry.Public!, JsonSerializerOptions.Web)!.UnsealBy);
        }

        Assert.Equal(Custos.Domain.Decisions.ProductionStatus.Released, released.Status);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Contains("No disclosure up to checkpoint", before.Body, StringComparison.Ordinal);
        Assert.Equal((1, 2), (run.NoticesQueued, run.Unsealed));
        Assert.Equal(2, (await server.EventsAsync(LedgerEventTypes.DisclosureUnsealed)).Count);
        Assert.Contains("Your data was produced to an authority", after.Body, StringComparison.Ordinal);
        Assert.Contains("kept sealed under a non-disclosure order until", after.Body, StringComparison.Ordinal);
        Assert.Contains("Drug Enforcement Administration", after.Body, StringComparison.Ordinal);
        Assert.Contains("subscriber", after.Body, StringComparison.Ordinal);
        Assert.Equal("application/json", download.ContentType);
        using (var written = System.Text.Json.JsonDocument.Parse(download.Body))
        {
            Assert.Equal(("format", "custos-disclosure-proof/v3"), written.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).First());
        }

        var verdict = DisclosureProofVerifier.Verify(download.Body, server.Services.GetRequiredService<LedgerSigner>().VerifierKey);
        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Contains(verdict.Value.Events, e => e.TypeName == "disclosure.unsealed");
        Assert.DoesNotContain(verdict.Value.Events, e => e.TypeName == "production.created");
    }

    [Fact]
    public async Task OrderWithoutAnEndDate_ALaterLegalReview_MovesTheUnsealByDateOfItsSealedEntries()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var (requestId, reviewer) = await server.ProducedAsync(CustosTestServer.WithNonDisclosure(TestRequests.SubpoenaFor(account), "\"until\": null"));
        await server.WaitForDisclosureIndexAsync();
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);

        var quiet = await server.RunReviewDeadlinesAsync();
        clock.Advance(TimeSpan.FromDays(100));
        using var reviewed = await reviewer.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/notice-review", new { rationale = "The court declined to set an end date." });
        var run = await server.RunReviewDeadlinesAsync();

        Assert.Equal((0, 0), (quiet.Unsealed, quiet.SealsExtended));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal((0, 2), (run.Unsealed, run.SealsExtended));
        var extensions = await server.EventsAsync(LedgerEventTypes.DisclosureSealExtended);
        Assert.All(extensions, e => Assert.Equal(
            today.AddDays(280), JsonSerializer.Deserialize<ExtensionPublic>(LedgerEntryFormat.Parse(e.Entry).Value.Public!, JsonSerializerOptions.Web)!.UnsealBy));
        Assert.DoesNotContain(server.DisclosureKey(account), extensions.SelectMany(e => LedgerEntryFormat.Parse(e.Entry).Value.References));
    }

    [Fact]
    public async Task Page_BadKeyUnknownKeyAndLinks_AnswerWithoutGuessing()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        await server.ProducedAsync(TestRequests.SubpoenaFor(account));
        await server.WaitForDisclosureIndexAsync();
        using var client = server.NewClient();
        string token;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<CustomerLinks>().IssueAsync(account, TimeSpan.FromMinutes(30))).Value;
        }

        var bad = await CustosTestServer.LookUpDisclosuresAsync(client, "not a key");
        var unknown = await CustosTestServer.LookUpDisclosuresAsync(client, new string('0', 32));
        using var page = await client.GetAsync("/disclosures");
        var linked = await BodyAsync(client, "/disclosures?token=" + token);
        var forged = await BodyAsync(client, "/disclosures?token=" + token[..^2] + (token[^1] == 'A' ? "BB" : "AA"));
        clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await BodyAsync(client, "/disclosures?token=" + token);

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Enter your disclosure key", bad.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("No disclosure up to checkpoint", unknown.Body, StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("script-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Your data was produced to an authority", linked, StringComparison.Ordinal);
        Assert.Contains(server.DisclosureKey(account), linked, StringComparison.Ordinal);
        Assert.Contains("not a valid disclosures link", forged, StringComparison.Ordinal);
        Assert.Contains("This link has expired", expired, StringComparison.Ordinal);
        Assert.Empty(await server.EventsAsync(LedgerEventTypes.AccessRefused));
    }

    [Fact]
    public async Task OrderLiftedEarly_ByALegalReviewer_TheNoticeGoesAndTheSealedEntriesAreUnsealed()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var key = server.DisclosureKey(account);
        var (requestId, legalApi) = await server.ProducedAsync(CustosTestServer.WithNonDisclosure(TestRequests.SubpoenaFor(account), "\"until\": null"));
        await server.WaitForDisclosureIndexAsync();
        var (compliance, _) = await server.ReviewerAsync("cora", [Custos.Domain.Staff.StaffRole.ComplianceOfficer]);
        var page = "/requests/" + requestId;
        using var legal = server.NewClient();
        await SignInAsync(legal, "lena");
        var before = await legal.GetStringAsync(page);
        var quiet = await server.RunReviewDeadlinesAsync();
        clock.Advance(TimeSpan.FromDays(10));
        await SignInAsync(legal, "lena");
        using var notLegal = await compliance.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/lift-non-disclosure", new { rationale = "I heard it ended." });
        using var lifted = await legal.PostAsync($"{page}?handler=LiftNonDisclosure", new FormUrlEncodedContent(
        [
            new("rationale", "The magistrate vacated the 2705(b) order; docket entry 14."),
            new("__RequestVerificationToken", await CustosTestServer.AntiforgeryTokenAsync(legal, page)),
        ]));
        var after = await legal.GetStringAsync(page);
        var liftedOn = DateOnly.FromDateTime(clock.Now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var again = await legalApi.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/lift-non-disclosure", new { rationale = "Again." });
        var run = await server.RunReviewDeadlinesAsync();
        await server.WaitForNoticesSentAsync(requestId);
        clock.Advance(TimeSpan.FromDays(1));
        await server.WaitForDisclosureIndexAsync();
        using var client = server.NewClient();
        var shown = await CustosTestServer.LookUpDisclosuresAsync(client, key);

        Assert.Contains("id=\"lift-form\"", before, StringComparison.Ordinal);
        Assert.Equal((0, 0), (quiet.NoticesQueued, quiet.Unsealed));
        Assert.Equal(HttpStatusCode.Forbidden, notLegal.StatusCode);
        Assert.Contains("notice.lift-needs-legal-reviewer", await notLegal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.DoesNotContain("id=\"lift-form\"", after, StringComparison.Ordinal);
        Assert.Contains("lifted on " + liftedOn, after, StringComparison.Ordinal);
        Assert.Contains("notice.order-already-lifted", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var liftEvent = Assert.Single(await server.EventsAsync(LedgerEventTypes.NonDisclosureLifted, "request:" + requestId));
        Assert.Contains("docket entry 14", liftEvent.Details, StringComparison.Ordinal);

        // The notice went with the next run, and its new event names the customer in the clear: the order binds no more.
        Assert.Equal((1, 2), (run.NoticesQueued, run.Unsealed));
        Assert.Equal(account, Assert.Single(await server.OutboxAsync(requestId)).CustomerAccountId);
        var scheduled = (await server.EventsAsync(LedgerEventTypes.NoticeScheduled)).Select(e => LedgerEntryFormat.Parse(e.Entry).Value).ToList();
        Assert.Contains(scheduled, e => e.References.Contains(key) && e.Public is null);
        var unsealed = await server.EventsAsync(LedgerEventTypes.DisclosureUnsealed);
        Assert.Equal(2, unsealed.Count);
        Assert.All(unsealed, e => Assert.Contains("was lifted", e.Details, StringComparison.Ordinal));
        Assert.Contains("Your data was produced to an authority", shown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lift_OfARequestWithoutAnOrder_IsRefusedAndLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 3);
        var requestId = await server.RequestUnderReviewAsync(customers.Customers[0].AccountId);
        var (legal, _) = await server.ReviewerAsync("lena", [Custos.Domain.Staff.StaffRole.LegalReviewer]);

        using var refused = await legal.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/lift-non-disclosure", new { rationale = "Lifted." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("notice.no-order", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionActRefused, "request:" + requestId));
        Assert.Empty(await server.EventsAsync(LedgerEventTypes.NonDisclosureLifted));
    }

    private static async Task SignInAsync(HttpClient client, string username)
    {
        using var response = await CustosTestServer.SignInAsync(client, username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }
}
