using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>The agency portal and the agency scheme: officers, agency keys, and their separation from staff.</summary>
public class PortalTests
{
    [Fact]
    public async Task Register_NewAgency_PendingUntilAnAnalystsVerificationIsApprovedThenTheOfficerSignsIn()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst]);
        await server.CreateStaffAsync("carla", [StaffRole.ComplianceOfficer]);
        using var officer = server.NewClient();

        using var registered = await CustosTestServer.RegisterOfficerAsync(officer, "Dana Whitfield", "Dana.Whitfield@FBI.gov",
            agencyName: "FBI New York Field Office", agencyCountry: "US");
        var confirmation = await registered.Content.ReadAsStringAsync();
        using var tooEarly = await CustosTestServer.SignInOfficerAsync(officer, "dana.whitfield@fbi.gov");

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("pending", confirmation, StringComparison.Ordinal);
        Assert.Contains("FBI New York Field Office, has been added to the registry with the domain fbi.gov", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, tooEarly.StatusCode);

        using var analyst = server.NewClient();
        await CustosTestServer.SignInAsync(analyst, "ines");
        var list = await analyst.GetStringAsync("/agencies");
        Assert.Contains("FBI New York Field Office", list, StringComparison.Ordinal);
        string agencyId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            agencyId = (await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().FindByDomainAsync("fbi.gov"))!.Id;
        }

        using var verified = await CustosTestServer.PostAgencyFormAsync(analyst, agencyId, "Verify", new()
        {
            ["Outcome"] = "verified",
            ["Method"] = "published-phone",
            ["Note"] = "Called +1 212 384 1000 published at https://www.fbi.gov/contact-us/field-offices/newyork",
        });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        using var stillPending = await CustosTestServer.SignInOfficerAsync(officer, "dana.whitfield@fbi.gov");
        Assert.Equal(HttpStatusCode.Unauthorized, stillPending.StatusCode);

        using var compliance = server.NewClient();
        await CustosTestServer.SignInAsync(compliance, "carla");
        using var approved = await server.ApprovePendingTrustChangeAsync(compliance, agencyId);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("Approved and applied: recording an out-of-band verification", await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signedIn = await CustosTestServer.SignInOfficerAsync(officer, "dana.whitfield@fbi.gov");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/portal", signedIn.Headers.Location!.OriginalString);
        var home = await officer.GetStringAsync("/portal");
        Assert.Contains("Welcome, Dana Whitfield", home, StringComparison.Ordinal);
        Assert.Contains("Verified out-of-band", home, StringComparison.Ordinal);
        Assert.Contains("id=\"your-requests\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/requests/new\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_EmailDomainOfARegisteredAgency_JoinsItAndFreeMailIsRefused()
    {
        await using var server = await CustosTestServer.StartAsync();
        var bka = await server.CreateAgencyAsync("Bundeskriminalamt", "DE", AgencyType.Police, "bka.de");
        using var client = server.NewClient();

        using var joined = await CustosTestServer.RegisterOfficerAsync(client, "Klaus Becker", "k.becker@bka.de");
        using var freeMail = await CustosTestServer.RegisterOfficerAsync(client, "Ivan", "ivan@Mail.RU", agencyName: "FSB", agencyCountry: "RU");

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Contains("You joined Bundeskriminalamt", await joined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, freeMail.StatusCode);
        Assert.Contains("mail.ru is a free-mail service", await freeMail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        Assert.Equal(bka.Id, (await db.Officers.SingleAsync()).AgencyId);
        Assert.Equal(1, await db.Agencies.CountAsync());
        Assert.True(await db.LedgerEvents.AnyAsync(e => e.EventType == "officer.registration-refused" && e.Subject == "email-domain:mail.ru"));
    }

    [Fact]
    public async Task Portal_StaffCookie_IsNotAnOfficerAndTheOfficerCookieIsNotStaff()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("colm", [StaffRole.ComplianceOfficer, StaffRole.Administrator]);
        var (_, officerClient) = await SignedInOfficerAsync(server);
        using var staff = server.NewClient();
        await CustosTestServer.SignInAsync(staff, "colm");

        using var staffOnPortal = await staff.GetAsync("/portal");
        using var staffOnAgencyApi = await staff.GetAsync("/api/v1/agency");
        using var officerOnCustomers = await officerClient.GetAsync("/customers");
        using var officerOnAgencies = await officerClient.GetAsync("/agencies");
        using var officerOnHome = await officerClient.GetAsync("/");
        using var officerOnStaffApi = await officerClient.GetAsync("/api/v1/customers");

        Assert.Equal(HttpStatusCode.Redirect, staffOnPortal.StatusCode);
        Assert.StartsWith("/portal/signin", staffOnPortal.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, staffOnAgencyApi.StatusCode);
        foreach (var response in new[] { officerOnCustomers, officerOnAgencies, officerOnHome })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, officerOnStaffApi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officerClient.GetAsync("/portal")).StatusCode);
        officerClient.Dispose();
    }

    [Fact]
    public async Task Portal_OfficerDisabledOrAgencyFailedWhileSignedIn_IsSignedOutAtTheNextRequest()
    {
        await using var server = await CustosTestServer.StartAsync();
        var (agency, officer) = await SignedInOfficerAsync(server);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/portal")).StatusCode);

        await server.RecordVerificationAsync(agency.Id, VerificationOutcome.Failed);
        using var after = await officer.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/portal/signin", after.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        officer.Dispose();
    }

    [Fact]
    public async Task SignOut_EndsThePortalSession()
    {
        await using var server = await CustosTestServer.StartAsync();
        var (_, officer) = await SignedInOfficerAsync(server);
        var token = await CustosTestServer.AntiforgeryTokenAsync(officer, "/portal");

        using var signOut = await officer.PostAsync("/portal/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await officer.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/portal/signin", after.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        officer.Dispose();
    }

    [Fact]
    public async Task AgencyApi_AgencyKey_AuthenticatesWithTheAgencyClaimAndNothingElseDoes()
    {
        await using var server = await CustosTestServer.StartAsync();
        var agency = await server.CreateAgencyAsync("BKA", "DE", AgencyType.Police, "bka.de");
        var robot = await server.CreateStaffAsync("robot", [StaffRole.Administrator]);
        string agencyKey, staffKey;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<ApiKeys>();
            agencyKey = (await keys.CreateForAgencyAsync(agency.Id, "BKA case system", Actor.System)).Value.Key;
            staffKey = (await keys.CreateAsync("automation", robot.Id, null, null, Actor.System)).Value.Key;
        }

        using var withAgencyKey = server.NewClient();
        withAgencyKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", agencyKey);
        using var withStaffKey = server.NewClient();
        withStaffKey.DefaultRequestHeaders.Add("X-Api-Key", staffKey);
        using var withBadKey = server.NewClient();
        withBadKey.DefaultRequestHeaders.Add("X-Api-Key", agencyKey[..^2] + "xx");
        using var anonymous = server.NewClient();

        var me = await withAgencyKey.GetFromJsonAsync<JsonElement>("/api/v1/agency");
        Assert.Equal(agency.Id, me.GetProperty("agencyId").GetString());
        Assert.Equal("none", me.GetProperty("verification").GetString());
        Assert.StartsWith("key_", me.GetProperty("apiKey").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await withAgencyKey.GetAsync("/api/v1/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await withAgencyKey.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await withStaffKey.GetAsync("/api/v1/agency")).StatusCode);
        foreach (var client in new[] { withBadKey, anonymous })
        {
            using var refused = await client.GetAsync("/api/v1/agency");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        await server.RecordVerificationAsync(agency.Id, VerificationOutcome.Failed);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withAgencyKey.GetAsync("/api/v1/agency")).StatusCode);
    }

    [Fact]
    public async Task DemoSeed_VerifiedFbiOfficer_SignsInWithThePrintedPasswordAndTheRegistryHasEachState()
    {
        await using var server = await CustosTestServer.StartAsync(demo: true, demoCustomers: 0);
        IReadOnlyList<Application.Demo.DemoCredential> credentials, again;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<Application.Demo.DemoPlatformSeeder>();
            credentials = (await seeder.SeedAsync(server.DataDirectory, 0)).Value;
            again = (await seeder.SeedAsync(server.DataDirectory, 0)).Value;
        }

        var officer = Assert.Single(credentials, c => c.Role == Application.Demo.DemoAgencies.OfficerRole);
        Assert.Equal(credentials, again);
        Assert.Contains(credentials, c => c.Username == "intake");
        using var client = server.NewClient();
        using var signedIn = await CustosTestServer.SignInOfficerAsync(client, officer.Username, officer.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("Verified out-of-band", await client.GetStringAsync("/portal"), StringComparison.Ordinal);
        await using var check = server.Services.CreateAsyncScope();
        var agencies = await check.ServiceProvider.GetRequiredService<AgencyRegistry>().ListAsync();
        Assert.Equal(4, agencies.Count);
        Assert.Equal(AgencyVerification.None, agencies.Single(a => a.Domains.Contains("fedsfm.ru")).Verification);
        Assert.Equal(2, agencies.Count(a => a.IsVerified));
        Assert.Contains(agencies, a => a.ReputationFlags.Contains(ReputationFlags.EarlierFraud));
    }

    /// <summary>A verified agency with one active officer (registered through the portal), and a client signed in as that officer.</summary>
    private static async Task<(RegisteredAgency Agency, HttpClient Officer)> SignedInOfficerAsync(CustosTestServer server)
    {
        var agency = await server.CreateAgencyAsync("FBI New York", "US", AgencyType.Police, "fbi.gov");
        using (var registration = server.NewClient())
        {
            using var registered = await CustosTestServer.RegisterOfficerAsync(registration, "Dana Whitfield", "dana@fbi.gov");
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        await server.RecordVerificationAsync(agency.Id);
        var client = server.NewClient();
        using var response = await CustosTestServer.SignInOfficerAsync(client, "dana@fbi.gov");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (agency, client);
    }
}
