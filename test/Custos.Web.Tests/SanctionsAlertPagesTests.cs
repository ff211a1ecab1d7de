using System.Net;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Domain.Sanctions;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>The sanctions alert queue in the console: who sees it, what an alert shows, and deciding one.</summary>
public class SanctionsAlertPagesTests
{
    private static async Task<(CustosTestServer Server, string NameAlert, string WalletAlert)> StartAsync()
    {
        var server = await CustosTestServer.StartAsync();
        await server.SeedSanctionsAlertsAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var alerts = await db.SanctionsAlerts.AsNoTracking().OrderBy(a => a.AccountId).ToListAsync();
        return (server, alerts.Single(a => a.AccountId == "P1").Id, alerts.Single(a => a.AccountId == "P3").Id);
    }

    private static async Task<HttpClient> SignedInAsync(CustosTestServer server, string name, string role, string region = "global")
    {
        await server.CreateStaffAsync(name, [role], region);
        var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, name);
        return client;
    }

    [Fact]
    public async Task Queue_ComplianceOfficer_SeesBothAlertsAndTheNavigationLink()
    {
        var (server, name, wallet) = await StartAsync();
        await using var _ = server;
        using var officer = await SignedInAsync(server, "carla", StaffRole.ComplianceOfficer);
        using var reviewer = await SignedInAsync(server, "lena", StaffRole.LegalReviewer);

        var queue = await officer.GetStringAsync("/sanctions/alerts");
        var reviewerHome = await reviewer.GetStringAsync("/");

        Assert.Contains("href=\"/sanctions/alerts\"", await officer.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains(name, queue, StringComparison.Ordinal);
        Assert.Contains(wallet, queue, StringComparison.Ordinal);
        Assert.Contains("2 alerts", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("/sanctions/alerts", reviewerHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_ShowsTheScreenedFactsEntryAndExplanationButNotTheCustomersRecord()
    {
        var (server, name, _) = await StartAsync();
        await using var _ = server;
        using var officer = await SignedInAsync(server, "carla", StaffRole.ComplianceOfficer);

        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/sanctions/alerts/" + name));

        Assert.Contains("Vladimir Putin", page, StringComparison.Ordinal);
        Assert.Contains("Владимир Путин", page, StringComparison.Ordinal);
        Assert.Contains("1952-10-07", page, StringComparison.Ordinal);
        Assert.Contains("us-ofac-sdn", page, StringComparison.Ordinal);
        Assert.Contains("36000: PUTIN, Vladimir Vladimirovich", page, StringComparison.Ordinal);
        Assert.Contains("born 07 Oct 1952", page, StringComparison.Ordinal);
        Assert.Contains("name score", page, StringComparison.Ordinal);
        Assert.Contains("Confirm the match", page, StringComparison.Ordinal);
        Assert.DoesNotContain("vvp@example.ru", page, StringComparison.Ordinal);
        Assert.DoesNotContain("+7 495", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Kremlin Embankment", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/customers/P1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_DismissWithAReasonThenConfirmTheWallet_RecordsBothAndRestrictsOnlyTheConfirmedAccount()
    {
        var (server, name, wallet) = await StartAsync();
        await using var _ = server;
        using var officer = await SignedInAsync(server, "carla", StaffRole.ComplianceOfficer);

        using var tooShort = await CustosTestServer.DecideAlertAsync(officer, name, "Dismiss", "no");
        using var dismissed = await CustosTestServer.DecideAlertAsync(officer, name, "Dismiss", "Namesake: a different person, other place of birth.");
        using var confirmed = await CustosTestServer.DecideAlertAsync(officer, wallet, "Confirm", "The customer's deposit address is the listed XBT address.");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("Give the reason", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Contains("Dismissed: this pair is not raised again", await dismissed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Confirmed: the account is restricted", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var statuses = await db.SanctionsAlerts.AsNoTracking().OrderBy(a => a.AccountId).Select(a => a.Status).ToListAsync();
        Assert.Equal([AlertStatus.Dismissed, AlertStatus.Confirmed], statuses);
        var accounts = await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).Select(c => c.Status).ToListAsync();
        Assert.Equal([AccountStatus.Active, AccountStatus.Active, AccountStatus.Restricted], accounts);
        var events = await db.LedgerEvents.AsNoTracking().Select(e => e.EventTypeId).ToListAsync();
        Assert.Contains(LedgerEventTypes.SanctionsAlertDismissed.Id, events);
        Assert.Contains(LedgerEventTypes.SanctionsAlertConfirmed.Id, events);
        Assert.Contains(LedgerEventTypes.AccountRestricted.Id, events);
    }

    [Fact]
    public async Task RegionalComplianceOfficer_NeverSeesOrDecidesAnAlert()
    {
        var (server, name, _) = await StartAsync();
        await using var _ = server;
        using var regional = await SignedInAsync(server, "rita", StaffRole.ComplianceOfficer, "cis");

        using var queue = await regional.GetAsync("/sanctions/alerts");
        using var alert = await regional.GetAsync("/sanctions/alerts/" + name);
        using var decided = await CustosTestServer.DecideAlertAsync(regional, name, "Dismiss", "Not the listed person, says the region.");

        Assert.All([queue, alert, decided], r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/denied", r.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        });
        Assert.DoesNotContain("/sanctions/alerts", await regional.GetStringAsync("/"), StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        Assert.Equal(AlertStatus.Open, (await db.SanctionsAlerts.AsNoTracking().SingleAsync(a => a.Id == name)).Status);
    }

    [Fact]
    public async Task SeniorEscalation_ReadsAlertsButCannotDecideThem()
    {
        var (server, name, _) = await StartAsync();
        await using var _ = server;
        using var senior = await SignedInAsync(server, "sven", StaffRole.SeniorEscalation);

        var page = await senior.GetStringAsync("/sanctions/alerts/" + name);
        using var decided = await CustosTestServer.DecideAlertAsync(senior, name, "Confirm", "Looks like the listed person to me.");

        Assert.DoesNotContain("Confirm the match", page, StringComparison.Ordinal);
        Assert.Contains("A compliance officer decides it.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
    }
}
