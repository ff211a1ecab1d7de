using System.Net;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.TestSupport;

namespace Custos.Web.Tests;

/// <summary>The staff console's agency registry pages and who may change what.</summary>
public class AgencyConsoleTests
{
    [Fact]
    public async Task Agencies_AuditorIsDeniedAndReviewerReadsButCannotVerify()
    {
        await using var server = await CustosTestServer.StartAsync();
        var agency = await server.CreateAgencyAsync("Rosfinmonitoring", "RU", AgencyType.Fiu, "fedsfm.ru");
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var auditor = server.NewClient();
        using var reviewer = server.NewClient();
        await CustosTestServer.SignInAsync(auditor, "aude");
        await CustosTestServer.SignInAsync(reviewer, "lena");

        using var denied = await auditor.GetAsync("/agencies");
        var details = await reviewer.GetStringAsync("/agencies/" + agency.Id);
        using var verify = await CustosTestServer.PostAgencyFormAsync(reviewer, agency.Id, "Verify", new()
        {
            ["Outcome"] = "verified", ["Method"] = "known-contact", ["Note"] = "I know someone there",
        });

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Contains("Financial intelligence unit", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Record an out-of-band verification", details, StringComparison.Ordinal);
        // The page itself is open to reviewers; the use case refuses the change and says why (and ledgers the refusal).
        Assert.Equal(HttpStatusCode.Forbidden, verify.StatusCode);
        Assert.Contains("You may not propose or approve a trust decision", await verify.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Not verified", await reviewer.GetStringAsync("/agencies/" + agency.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agencies_AnalystRegistersFlagsAndProposesAKeyThatASecondPersonApprovesAndSeesOnce()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst]);
        await server.CreateStaffAsync("carla", [StaffRole.ComplianceOfficer]);
        using var analyst = server.NewClient();
        using var compliance = server.NewClient();
        await CustosTestServer.SignInAsync(analyst, "ines");
        await CustosTestServer.SignInAsync(compliance, "carla");
        var home = await analyst.GetStringAsync("/");
        Assert.Contains("href=\"/agencies\"", home, StringComparison.Ordinal);

        var token = await CustosTestServer.AntiforgeryTokenAsync(analyst, "/agencies");
        using var registered = await analyst.PostAsync("/agencies?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Springfield Police Department", ["Country"] = "us", ["Type"] = "police", ["Domains"] = "police.springfield.example, SPD.springfield.example",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var agencyId = registered.Headers.Location!.PathAndQuery()["/agencies/".Length..];

        using var flagged = await CustosTestServer.PostAgencyFormAsync(analyst, agencyId, "Flag", new()
        {
            ["Flag"] = "earlier-fraud", ["Note"] = "Fake emergency request from a compromised mailbox in 2025",
        });
        using var proposed = await CustosTestServer.PostAgencyFormAsync(analyst, agencyId, "CreateKey", new() { ["KeyName"] = "records system" });
        var proposedPage = await proposed.Content.ReadAsStringAsync();
        var pendingId = await server.PendingTrustChangeAsync(agencyId);
        using var ownApproval = await CustosTestServer.PostAgencyFormAsync(analyst, agencyId, "Approve", new() { ["change"] = pendingId! });
        using var key = await server.ApprovePendingTrustChangeAsync(compliance, agencyId);
        var keyPage = await key.Content.ReadAsStringAsync();
        var later = await analyst.GetStringAsync("/agencies/" + agencyId);

        Assert.Contains("Flag earlier-fraud added.", await flagged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("takes effect once a second person of the central function approves it", proposedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("custos_", proposedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
        Assert.Contains("Nobody approves their own proposal", await ownApproval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, key.StatusCode);
        Assert.Contains("aria-label=\"New API key\">custos_", keyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("custos_", later, StringComparison.Ordinal);
        Assert.Contains("records system", later, StringComparison.Ordinal);
        Assert.Contains("spd.springfield.example", later, StringComparison.Ordinal);
        Assert.Contains("earlier-fraud", await analyst.GetStringAsync("/agencies"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agencies_RegisterWithFreeMailDomain_NamesTheProblem()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        using var admin = server.NewClient();
        await CustosTestServer.SignInAsync(admin, "ada");
        var token = await CustosTestServer.AntiforgeryTokenAsync(admin, "/agencies");

        using var response = await admin.PostAsync("/agencies?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Police", ["Country"] = "GB", ["Type"] = "police", ["Domains"] = "gmail.com", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gmail.com is a free-mail service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
