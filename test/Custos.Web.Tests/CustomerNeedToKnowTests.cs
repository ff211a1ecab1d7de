using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// Customer data on a need-to-know basis: a search shows who matches and nothing more, a record opens only for a request
/// under review whose targets reach the customer and with the purpose stated, every search, opening and refusal is in the
/// ledger, and privacy officers and auditors read the customer's access history.
/// </summary>
public class CustomerNeedToKnowTests
{
    [Fact]
    public async Task Search_ShowsWhoMatchesWithoutTheirRecord_AndIsLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var customer = data.Customers.First(c => c.DateOfBirth is not null && c.Email is not null);
        using var reviewer = await server.SignedInStaffAsync("lena", [StaffRole.LegalReviewer]);

        var empty = await reviewer.GetStringAsync("/customers");
        var found = await reviewer.GetStringAsync("/customers?q=" + Uri.EscapeDataString(customer.FamilyName));

        Assert.DoesNotContain(customer.AccountId, empty, StringComparison.Ordinal);
        Assert.Contains(customer.AccountId, found, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), found, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Email!, found, StringComparison.OrdinalIgnoreCase);
        var searched = Assert.Single(await EventsAsync(server, LedgerEventTypes.CustomersSearched));
        Assert.Contains("customer:" + customer.AccountId, searched.References.Split(' '));
        Assert.Contains(customer.FamilyName, searched.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WithoutARequestThatReachesTheCustomer_DoesNotOpen()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var customer = data.Customers.First(c => c.DateOfBirth is not null);
        using var reviewer = await server.SignedInStaffAsync("lena", [StaffRole.LegalReviewer]);

        var page = await reviewer.GetStringAsync("/customers/" + customer.AccountId);

        Assert.Contains("No request you may review reaches this customer", page, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Empty(await EventsAsync(server, LedgerEventTypes.CustomerRecordOpened));
    }

    [Fact]
    public async Task Record_ForARequestUnderReviewThatReachesIt_OpensWithThePurposeAndIsLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var customer = data.Customers.First(c => c.DateOfBirth is not null);
        var requestId = await server.RequestUnderReviewAsync(customer.AccountId);
        using var reviewer = await server.SignedInStaffAsync("lena", [StaffRole.LegalReviewer]);

        var form = await reviewer.GetStringAsync($"/customers/{customer.AccountId}?request={requestId}");
        using var opened = await PostOpenAsync(reviewer, customer.AccountId, requestId, "ConfirmMatch", "Name on the subpoena");
        var page = await opened.Content.ReadAsStringAsync();

        Assert.Contains($"value=\"{requestId}\" selected", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(customer.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        var opening = Assert.Single(await EventsAsync(server, LedgerEventTypes.CustomerRecordOpened));
        Assert.Equal("customer:" + customer.AccountId, opening.Subject);
        Assert.Equal("request:" + requestId, opening.References);
        using var details = JsonDocument.Parse(opening.Details!);
        Assert.Equal("confirm-match", details.RootElement.GetProperty("purpose").GetString());
        Assert.Equal("console", details.RootElement.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Record_ForARequestThatDoesNotReachIt_IsRefusedAndTheRefusalLedgered()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var (target, other) = (data.Customers[0], data.Customers[1]);
        var requestId = await server.RequestUnderReviewAsync(target.AccountId);
        using var reviewer = await server.SignedInStaffAsync("lena", [StaffRole.LegalReviewer]);

        using var refused = await PostOpenAsync(reviewer, other.AccountId, requestId, "AssessScope", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("None of the request&#x27;s targets reaches this customer", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await EventsAsync(server, LedgerEventTypes.CustomerRecordOpened));
        var refusal = Assert.Single(await EventsAsync(server, LedgerEventTypes.AccessRefused), e => e.Subject == "customer:" + other.AccountId);
        Assert.Contains("customers.not-reached", refusal.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OpensOnlyWithRequestAndPurpose_RefusesOthersAndShowsTheHistoryToAuditors()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var customer = data.Customers[0];
        var requestId = await server.RequestUnderReviewAsync(customer.AccountId);
        var reviewer = await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        var regional = await server.CreateStaffAsync("ivan", [StaffRole.IntakeAnalyst], "cis");
        var auditor = await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var reviewerKey = await server.StaffKeyClientAsync(reviewer.Id);
        using var regionalKey = await server.StaffKeyClientAsync(regional.Id);
        using var auditorKey = await server.StaffKeyClientAsync(auditor.Id);
        var path = $"/api/v1/customers/{customer.AccountId}";

        using var noRequest = await reviewerKey.GetAsync(path);
        using var noPurpose = await reviewerKey.GetAsync($"{path}?request={requestId}");
        using var badPurpose = await reviewerKey.GetAsync($"{path}?request={requestId}&purpose=curiosity");
        using var opened = await reviewerKey.GetAsync($"{path}?request={requestId}&purpose=confirm-match");
        using var byRegional = await regionalKey.GetAsync($"{path}?request={requestId}&purpose=confirm-match");
        using var byAuditor = await auditorKey.GetAsync($"{path}?request={requestId}&purpose=confirm-match");
        using var searchWithoutQuery = await reviewerKey.GetAsync("/api/v1/customers");
        var history = await auditorKey.GetFromJsonAsync<JsonElement>($"{path}/access");
        using var historyByReviewer = await reviewerKey.GetAsync($"{path}/access");

        Assert.Equal("urn:custos:error:customers.request-required", (await ProblemAsync(noRequest)).GetProperty("type").GetString());
        Assert.Equal("urn:custos:error:customers.purpose-required", (await ProblemAsync(noPurpose)).GetProperty("type").GetString());
        Assert.Equal("urn:custos:error:customers.purpose-invalid", (await ProblemAsync(badPurpose)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(customer.AccountId, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("customer").GetProperty("accountId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byRegional.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuditor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, searchWithoutQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, historyByReviewer.StatusCode);
        var rows = history.EnumerateArray().ToList();
        Assert.True(rows.Count >= 2, history.ToString());
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "opened" && r.GetProperty("actor").GetString() == "staff:" + reviewer.Id &&
            r.GetProperty("requestId").GetString() == requestId && r.GetProperty("purpose").GetString() == "confirm-match" &&
            r.GetProperty("channel").GetString() == "api");
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "refused" && r.GetProperty("actor").GetString() == "staff:" + regional.Id);
        var refusals = await EventsAsync(server, LedgerEventTypes.AccessRefused);
        Assert.Contains(refusals, e => e.Actor == "staff:" + regional.Id && e.Details!.Contains("access.regional", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.Actor == "staff:" + auditor.Id && e.Details!.Contains("/api/v1/customers/", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.Actor == "staff:" + reviewer.Id && e.Details!.Contains("read-customer-access-history", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_OfARequestNotYetVerified_DoesNotOpen()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var data = await server.ImportDemoCustomersAsync();
        var customer = data.Customers[0];
        using var unverified = await server.AgencyWithKeyAsync(verified: false);
        var requestId = await unverified.SubmitRequestAsync(TestRequests.SubpoenaFor(customer.AccountId));
        Assert.Equal(RequestStatus.AwaitingVerification, (await server.RequestDetailsAsync(requestId))!.Status);
        using var reviewer = await server.SignedInStaffAsync("lena", [StaffRole.LegalReviewer]);

        using var refused = await PostOpenAsync(reviewer, customer.AccountId, requestId, "ConfirmMatch", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("awaiting-verification", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_Administrator_IsToldWhyAndTheRefusalIsLedgered()
    {
        await using var server = await CustosTestServer.StartAsync();
        var admin = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "ada");

        using var response = await client.GetAsync("/customers?q=Ivanov");
        using var deniedPage = await client.GetAsync(response.Headers.Location!.OriginalString);
        var denied = await deniedPage.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.StartsWith("/denied?action=read-customer-data", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("You may not read customer data", denied, StringComparison.Ordinal);
        var refusal = Assert.Single(await EventsAsync(server, LedgerEventTypes.AccessRefused));
        Assert.Equal("staff:" + admin.Id, refusal.Actor);
        Assert.Contains("GET /customers", refusal.Details, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostOpenAsync(HttpClient client, string accountId, string requestId, string purpose, string? note)
    {
        var path = $"/customers/{accountId}";
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, path);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["request"] = requestId, ["purpose"] = purpose };
        if (note is not null)
        {
            fields["note"] = note;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.Mime.MediaTypeNames.Application.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<IReadOnlyList<Storage.Entities.LedgerEventRecord>> EventsAsync(CustosTestServer server, LedgerEventType type)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        return await db.LedgerEvents.AsNoTracking().Where(e => e.EventTypeId == type.Id).OrderBy(e => e.Id).ToListAsync();
    }
}
