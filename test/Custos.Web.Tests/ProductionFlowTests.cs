using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Production;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// A request's whole decision through the staff API and the agency API: a quorum approves, production is ordered and
/// released after its checkpoint, the agency downloads exactly what was approved once, and the customer is told when the
/// law allows — at once, or by itself when a non-disclosure order ends.
/// </summary>
public class ProductionFlowTests
{
    [Fact]
    public async Task Quorum_ThenProduce_ReleasesAPackageOfExactlyTheApprovedData_DownloadedOnce_AndTheCustomerIsTold()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var customer = customers.Customers.First(c => c.Email is not null);
        var (agency, keys, requestId) = await RequestWithCertificateAsync(server, TestRequests.SubpoenaFor(customer.AccountId));
        using var _ = agency;
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var (compliance, _) = await server.ReviewerAsync("carl", [StaffRole.ComplianceOfficer]);
        (await CustosTestServer.VoteAsync(legal, requestId, "Valid subpoena.", (0, "subscriber", true))).Dispose();
        (await CustosTestServer.VoteAsync(compliance, requestId, "Narrow and lawful.", (0, "subscriber", true))).Dispose();

        using var produce = await compliance.PostAsync($"/api/v1/review/requests/{requestId}/produce", null);
        var production = await produce.Content.ReadFromJsonAsync<JsonElement>();
        var productionId = production.GetProperty("id").GetString()!;
        await server.WaitReleasedAsync(productionId);
        var view = await CustosTestServer.ReviewViewAsync(legal, requestId);
        using var first = await agency.DownloadPackageAsync(requestId);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        using var second = await agency.DownloadPackageAsync(requestId);

        Assert.Equal(HttpStatusCode.Accepted, produce.StatusCode);
        Assert.Equal("pending-checkpoint", production.GetProperty("status").GetString());
        Assert.Equal("produced", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("production").GetProperty("released").GetBoolean());
        Assert.Equal(production.GetProperty("manifestSha256").GetString(), view.GetProperty("production").GetProperty("manifestSha256").GetString());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        using (var key = keys.PrivateKey())
        {
            var verified = PackageVerifier.Verify(bytes, key, server.Services.GetRequiredService<Application.Ledger.LedgerSigner>().VerifierKey);
            Assert.True(verified.IsSuccess, string.Join("; ", verified.Errors));
            var files = verified.Value.Files.Keys.ToArray();
            Assert.Equal(["data/target-0/subscriber.csv", "data/target-0/subscriber.json"], files.Where(f => f.StartsWith("data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            var json = verified.Value.Files["data/target-0/subscriber.json"];
            Assert.Contains(customer.AccountId, System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
            Assert.DoesNotContain(customers.Customers.First(c => c.AccountId != customer.AccountId).AccountId, System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        }

        var notice = Assert.Single(view.GetProperty("notices").EnumerateArray());
        Assert.Equal(customer.AccountId, notice.GetProperty("accountId").GetString());
        Assert.Equal("due", notice.GetProperty("status").GetString());
        var queued = Assert.Single(await server.OutboxAsync(requestId));
        Assert.Equal(customer.AccountId, queued.CustomerAccountId);
        var created = Assert.Single(await server.EventsAsync(LedgerEventTypes.ProductionCreated));
        Assert.Contains("customer:" + customer.AccountId, created.References.Split(' '));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.DecisionDecided, "request:" + requestId));
    }

    [Fact]
    public async Task Produce_WithoutTheAgencysCertificate_IsRefusedWithAClearMessage_AndNothingChanges()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        using var agency = await server.AgencyWithKeyAsync();
        var requestId = await server.UnderReviewAsync(agency, TestRequests.SubpoenaFor(customers.Customers[0].AccountId));
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var (compliance, _) = await server.ReviewerAsync("carl", [StaffRole.ComplianceOfficer]);
        (await CustosTestServer.VoteAsync(legal, requestId, "Valid subpoena.", (0, "subscriber", true))).Dispose();
        (await CustosTestServer.VoteAsync(compliance, requestId, "Narrow and lawful.", (0, "subscriber", true))).Dispose();

        using var produce = await compliance.PostAsync($"/api/v1/review/requests/{requestId}/produce", null);
        using var problem = JsonDocument.Parse(await produce.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, produce.StatusCode);
        Assert.Equal("urn:custos:error:production.no-certificate", problem.RootElement.GetProperty("type").GetString());
        Assert.Contains("certificate", problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(RequestStatus.UnderReview, (await server.RequestDetailsAsync(requestId))!.Status);
        Assert.Empty(await server.EventsAsync(LedgerEventTypes.ProductionCreated));
        Assert.Empty(await server.OutboxAsync(requestId));
    }

    [Fact]
    public async Task NonDisclosureOrderWithAnEndDate_SchedulesTheNotice_WhichIsQueuedByItselfOnceTheClockPassesIt()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock);
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var customer = customers.Customers.First(c => c.Email is not null);
        var until = DateOnly.FromDateTime(clock.Now.UtcDateTime).AddDays(30);
        var json = TestRequests.SubpoenaFor(customer.AccountId).Replace(
            "\"dataCategories\"", $"\"nonDisclosure\": {{ \"required\": true, \"basis\": \"18 U.S.C. 2705(b) order\", \"until\": \"{until:yyyy-MM-dd}\" }},\n  \"dataCategories\"", StringComparison.Ordinal);
        var (agency, _, requestId) = await RequestWithCertificateAsync(server, json);
        using var _ = agency;
        var (legal, _) = await server.ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var (compliance, _) = await server.ReviewerAsync("carl", [StaffRole.ComplianceOfficer]);
        (await CustosTestServer.VoteAsync(legal, requestId, "Valid subpoena.", (0, "subscriber", true))).Dispose();
        (await CustosTestServer.VoteAsync(compliance, requestId, "Narrow and lawful.", (0, "subscriber", true))).Dispose();
        using var produce = await compliance.PostAsync($"/api/v1/review/requests/{requestId}/produce", null);
        Assert.Equal(HttpStatusCode.Accepted, produce.StatusCode);

        var before = await server.RunReviewDeadlinesAsync();
        var scheduled = Assert.Single((await CustosTestServer.ReviewViewAsync(legal, requestId)).GetProperty("notices").EnumerateArray());
        clock.Advance(TimeSpan.FromDays(29));
        var dayBefore = await server.RunReviewDeadlinesAsync();
        clock.Advance(TimeSpan.FromDays(1));
        var onTheDay = await server.RunReviewDeadlinesAsync();
        var again = await server.RunReviewDeadlinesAsync();

        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.Equal(until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), scheduled.GetProperty("sendOn").GetString());
        Assert.Equal((0, 0, 1), (before.NoticesQueued, dayBefore.NoticesQueued, onTheDay.NoticesQueued));
        Assert.Equal(0, again.NoticesQueued);
        var queued = Assert.Single(await server.OutboxAsync(requestId));
        Assert.Equal(customer.AccountId, queued.CustomerAccountId);
        Assert.Single(await server.EventsAsync(LedgerEventTypes.NoticeScheduled));
        Assert.Single(await server.EventsAsync(LedgerEventTypes.NoticeQueued));
    }

    private static async Task<(AgencyApiClient Agency, TestProductions.AgencyKeyPair Keys, string RequestId)> RequestWithCertificateAsync(CustosTestServer server, string json)
    {
        var agency = await server.AgencyWithKeyAsync();
        var keys = TestProductions.NewAgency();
        await server.RegisterCertificateAsync(agency.AgencyId, keys.CertificatePem);
        return (agency, keys, await server.UnderReviewAsync(agency, json));
    }
}
