using System.Net;
using System.Text.RegularExpressions;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Staff;
using Custos.TestSupport;

namespace Custos.Web.Tests;

/// <summary>
/// The Decision section of the console's request page: reviewers vote and order the production through its forms (the
/// same use cases as the staff API), and a refused act comes back on the page with its message and what was typed.
/// </summary>
public partial class DecisionConsoleTests
{
    [Fact]
    public async Task VoteThenProduce_ThroughTheConsole_ReleasesTheProductionAndShowsItsNotice()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var customer = customers.Customers.First(c => c.Email is not null);
        using var agency = await server.AgencyWithKeyAsync();
        await server.RegisterCertificateAsync(agency.AgencyId, TestProductions.NewAgency().CertificatePem);
        var requestId = await agency.SubmitRequestAsync(TestRequests.SubpoenaFor(customer.AccountId));
        if ((await server.RequestDetailsAsync(requestId))!.Status == RequestStatus.AwaitingVerification)
        {
            Assert.True((await server.StartReviewAsync(requestId)).IsSuccess);
        }

        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        await server.CreateStaffAsync("carl", [StaffRole.ComplianceOfficer]);
        using var legal = await SignedInAsync(server, "lena");
        using var compliance = await SignedInAsync(server, "carl");
        var page = "/requests/" + requestId;
        var before = await legal.GetStringAsync(page);

        using var first = await PostAsync(legal, page, "Vote", ("vote-0-subscriber", "produce"), ("rationale", "Valid subpoena, narrow."));
        var afterOne = await legal.GetStringAsync(page);
        using var early = await PostAsync(compliance, page, "Produce");
        var earlyText = await early.Content.ReadAsStringAsync();
        using var second = await PostAsync(compliance, page, "Vote", ("vote-0-subscriber", "produce"), ("rationale", "Lawful and proportionate."));
        var ready = await compliance.GetStringAsync(page);
        using var produced = await PostAsync(compliance, page, "Produce");
        var ordered = await compliance.GetStringAsync(page);
        var productionId = ProductionId().Match(ordered).Groups[1].Value;
        await server.WaitReleasedAsync(productionId);
        var released = await legal.GetStringAsync(page);

        Assert.Contains("id=\"vote-form\"", before, StringComparison.Ordinal);
        Assert.Contains("name=\"vote-0-subscriber\"", before, StringComparison.Ordinal);
        Assert.Contains("id=\"readiness-blockers\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Vote recorded.", afterOne, StringComparison.Ordinal);
        Assert.Contains("lena (test)", afterOne, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("id=\"decision-errors\"", earlyText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("production may be ordered", ready, StringComparison.Ordinal);
        Assert.Contains("class=\"item-satisfied\"", ready, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"readiness-blockers\"", ready, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, produced.StatusCode);
        Assert.StartsWith("prd_", productionId, StringComparison.Ordinal);
        Assert.Contains("id=\"production-panel\"", ordered, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"request-status\">produced</strong>", released, StringComparison.Ordinal);
        Assert.Contains("released ·", released, StringComparison.Ordinal);
        var notices = released[released.IndexOf("id=\"notices-panel\"", StringComparison.Ordinal)..];
        Assert.Contains(customer.AccountId, notices, StringComparison.Ordinal);
        Assert.Equal(2, (await server.EventsAsync(LedgerEventTypes.DecisionVoteCast, "request:" + requestId)).Count);
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionDecided, "request:" + requestId));
    }

    [Fact]
    public async Task Vote_WithoutRationale_IsRefusedOnThePageWithItsMessage_KeepsTheForm_AndRecordsNoVote()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 3);
        var requestId = await server.RequestUnderReviewAsync(customers.Customers[0].AccountId);
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var legal = await SignedInAsync(server, "lena");
        var page = "/requests/" + requestId;

        using var refused = await PostAsync(legal, page, "Vote", ("vote-0-subscriber", "withhold"), ("rationale", " "), ("justification", "kept text"));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = html[html.IndexOf("id=\"decision-errors\"", StringComparison.Ordinal)..];
        Assert.Contains("Give the written rationale for your decision.", errors[..errors.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Matches("id=\"vote-0-subscriber-withhold\" value=\"withhold\" checked=\"checked\"", html);
        Assert.Contains(">kept text</textarea>", html, StringComparison.Ordinal);
        Assert.Empty(await server.EventsAsync(LedgerEventTypes.DecisionVoteCast, "request:" + requestId));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionActRefused, "request:" + requestId));
    }

    [Fact]
    public async Task Vote_ADayThatIsNotADate_NamesTheFieldAndRecordsNothing()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 3);
        var requestId = await server.RequestUnderReviewAsync(customers.Customers[0].AccountId);
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var legal = await SignedInAsync(server, "lena");

        using var refused = await PostAsync(legal, "/requests/" + requestId, "Vote",
            ("vote-0-subscriber", "produce"), ("vote-from-0-subscriber", "01/02/2025"), ("rationale", "Valid."));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The first day of target 0 × subscriber must be a date (yyyy-MM-dd)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"01/02/2025\"", html, StringComparison.Ordinal);
        Assert.Empty(await server.EventsAsync(LedgerEventTypes.DecisionVoteCast));
    }

    [Fact]
    public async Task DecisionForms_ShownOnlyToReviewerRoles_ButAForgedPostIsStillRefusedAndLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 3);
        var requestId = await server.RequestUnderReviewAsync(customers.Customers[0].AccountId);
        await server.CreateStaffAsync("ana", [StaffRole.IntakeAnalyst]);
        using var analyst = await SignedInAsync(server, "ana");
        var page = "/requests/" + requestId;

        var html = await analyst.GetStringAsync(page);
        using var forged = await PostAsync(analyst, page, "Refuse", ("rationale", "I would rather not."));
        var answer = await forged.Content.ReadAsStringAsync();

        Assert.Contains("id=\"items-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"vote-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"refuse-form\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("id=\"decision-errors\"", answer, StringComparison.Ordinal);
        Assert.Contains("Deciding on a request needs the role of legal reviewer", answer, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.UnderReview, (await server.RequestDetailsAsync(requestId))!.Status);
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionActRefused, "request:" + requestId));
    }

    private static async Task<HttpClient> SignedInAsync(CustosTestServer server, string username)
    {
        var client = server.NewClient();
        using var response = await CustosTestServer.SignInAsync(client, username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts one of the page's forms with its anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, params (string Name, string Value)[] fields)
    {
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, path);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("id=\"production-id\">(prd_[^<]+)<")]
    private static partial Regex ProductionId();
}
