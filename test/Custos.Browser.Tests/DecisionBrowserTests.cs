using System.Globalization;
using Custos.Application.Demo;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Custos.Browser.Tests;

/// <summary>
/// A request's decision in the browser, end to end: an officer submits in the portal, reviewers of two functions vote in
/// the console, one orders the production, the officer downloads the package, and the customer's notice goes out by
/// itself when the clock passes the non-disclosure order's end. And the seed story: a regional manager takes in a foreign
/// FIU's request and tries to approve it; Custos refuses, says why, and the refusal is on the request's ledger timeline.
/// </summary>
public class DecisionBrowserTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [BrowserFact]
    public async Task Subpoena_WithANonDisclosureOrder_IsVotedProducedDownloadedAndTheNoticeGoesWhenTheOrderEnds()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US", clock: clock,
            configure: o => o with { Notices = o.Notices with { PollInterval = TimeSpan.FromMilliseconds(200) } });
        var credentials = await SeedAsync(server, customers: 60);
        var fbi = credentials.First(c => c.Role == DemoAgencies.OfficerRole);
        string account;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            account = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().Customers
                .Where(c => c.Email != null).OrderBy(c => c.AccountId).Select(c => c.AccountId).FirstAsync();
        }

        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);
        var until = today.AddDays(30);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);

        // The officer submits a subpoena for subscriber data and transactions, with a non-disclosure order ending in 30 days.
        var officer = await NewPageAsync(browser, server);
        await SignInAsync(officer, "/portal/signin", "Official e-mail address", fbi.Username, fbi.Password);
        await officer.GotoAsync("/portal/requests/new");
        await officer.GetByLabel("Your case reference").FillAsync("NY-2026-207");
        await officer.GetByLabel("Legal process", new() { Exact = true }).SelectOptionAsync("subpoena");
        await officer.GetByLabel("Process reference").FillAsync("GJ-26-0907");
        await officer.GetByLabel("Issued by (court or authority)").FillAsync("United States District Court, Southern District of New York");
        await officer.GetByLabel("Issued on").FillAsync(Day(today.AddDays(-2)));
        await officer.GetByLabel("Signed by an authorised official").CheckAsync();
        await officer.GetByLabel("Legal basis (statute and article)").FillAsync("18 U.S.C. 2703(c)(2); Fed. R. Crim. P. 17");
        await officer.GetByLabel("Offence under investigation").FillAsync("Wire fraud: investment scam proceeds moved through the account");
        await officer.GetByLabel("Fraud", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Maximum penalty (years)").FillAsync("20");
        await officer.GetByLabel("Type of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Account id" });
        await officer.GetByLabel("Value of target 1").FillAsync(account);
        await officer.GetByLabel("Role of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Suspect" });
        await officer.GetByLabel("Subscriber data").CheckAsync();
        await officer.GetByLabel("Transactions and wallet addresses").CheckAsync();
        await officer.GetByLabel("Data from").FillAsync("2025-01-01");
        await officer.GetByLabel("Data to").FillAsync(Day(today));
        await officer.GetByLabel("The customer must not be told").CheckAsync();
        await officer.GetByLabel("Basis of the non-disclosure").FillAsync("18 U.S.C. 2705(b) order of the District Court");
        await officer.GetByLabel("Non-disclosure until").FillAsync(Day(until));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Request req_" })).ToBeVisibleAsync();
        var requestId = (await officer.GetByRole(AriaRole.Heading, new() { Name = "Request req_" }).InnerTextAsync())["Request ".Length..].Trim();
        var agencyId = (await server.RequestDetailsAsync(requestId))!.Summary.AgencyId!;
        var keys = TestProductions.NewAgency();
        await server.RegisterCertificateAsync(agencyId, keys.CertificatePem);

        // The intake analyst opens it in the console: the FBI was verified out of band when it was registered, so review
        // has started; the analyst holds no reviewer role, so no decision form is offered to them.
        var analyst = await StaffPageAsync(browser, server, credentials.First(c => c.Role == StaffRole.IntakeAnalyst && c.Region == StaffRegion.Global), requestId);
        if (await analyst.GetByRole(AriaRole.Button, new() { Name = "Start review" }).CountAsync() > 0)
        {
            await analyst.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        }

        await Assertions.Expect(analyst.Locator("#request-status")).ToHaveTextAsync("under-review");
        await Assertions.Expect(analyst.Locator("#vote-form")).ToHaveCountAsync(0);

        // The legal reviewer produces subscriber data and withholds transactions; the compliance officer produces subscriber data.
        var legal = await StaffPageAsync(browser, server, credentials.First(c => c.Role == StaffRole.LegalReviewer), requestId);
        await legal.Locator("#vote-0-subscriber-produce").CheckAsync();
        await legal.Locator("#vote-0-transactions-withhold").CheckAsync();
        await legal.Locator("#vote-rationale").FillAsync("A subpoena reaches subscriber records (2703(c)(2)), not the transactions.");
        await legal.GetByRole(AriaRole.Button, new() { Name = "Cast the vote" }).ClickAsync();
        await Assertions.Expect(legal.GetByRole(AriaRole.Status)).ToContainTextAsync("Vote recorded.");
        await Assertions.Expect(legal.Locator("#item-0-transactions")).ToContainTextAsync("withheld");
        await Assertions.Expect(legal.Locator("#readiness-blockers")).ToBeVisibleAsync();

        var compliance = await StaffPageAsync(browser, server, credentials.First(c => c.Role == StaffRole.ComplianceOfficer), requestId);
        await compliance.Locator("#vote-0-subscriber-produce").CheckAsync();
        await compliance.Locator("#vote-rationale").FillAsync("Narrow and proportionate; the order is valid.");
        await compliance.GetByRole(AriaRole.Button, new() { Name = "Cast the vote" }).ClickAsync();
        await Assertions.Expect(compliance.GetByRole(AriaRole.Status)).ToContainTextAsync("production may be ordered");
        await Assertions.Expect(compliance.Locator("#item-0-subscriber")).ToContainTextAsync("satisfied");
        await compliance.Locator("#produce-button").ClickAsync();
        await Assertions.Expect(compliance.GetByRole(AriaRole.Status)).ToContainTextAsync("ordered");
        var productionId = (await compliance.Locator("#production-id").InnerTextAsync()).Trim();
        await server.WaitReleasedAsync(productionId);
        await compliance.ReloadAsync();
        await Assertions.Expect(compliance.Locator("#production-status")).ToContainTextAsync("released");
        await Assertions.Expect(compliance.Locator("#notices-panel")).ToContainTextAsync(account);
        await Assertions.Expect(compliance.Locator("#notices-panel")).ToContainTextAsync("scheduled");
        await Assertions.Expect(compliance.Locator("#notices-panel")).ToContainTextAsync(Day(until));

        // The officer downloads the package in the portal; it opens with the agency's key and verifies against the log.
        await officer.ReloadAsync();
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("#download-package").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        using (var key = keys.PrivateKey())
        {
            var verified = PackageVerifier.Verify(bytes, key, server.Services.GetRequiredService<LedgerSigner>().VerifierKey);
            Assert.True(verified.IsSuccess, string.Join("; ", verified.Errors));
            var data = verified.Value.Files.Keys.Where(f => f.StartsWith("data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(["data/target-0/subscriber.csv", "data/target-0/subscriber.json"], data);
        }

        await compliance.ReloadAsync();
        await Assertions.Expect(compliance.Locator("#production-downloaded")).ToContainTextAsync("downloaded");

        // Nothing reaches the customer before the order ends; once the clock passes its end, the notice goes by itself.
        var outbox = Path.Combine(server.DataDirectory, "outbox");
        Assert.Empty(Notices(outbox, account));
        clock.Advance(TimeSpan.FromDays(31));
        var sent = await WaitForNoticeAsync(outbox, account);
        Assert.Contains("account " + account, sent, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task SeedStory_ARegionalManagerTakesInAForeignFiusRequestAndTriesToApproveIt_IsRefusedAndTheRefusalIsOnTheTimeline()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "MT");
        await SeedAsync(server, customers: 200);
        // The regional head of the story: an intake analyst of the CIS region who also holds a reviewer's role.
        await server.CreateStaffAsync("ruslan", [StaffRole.IntakeAnalyst, StaffRole.LegalReviewer], "cis");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await NewPageAsync(browser, server);
        await SignInAsync(page, "/signin", "Username", "ruslan", CustosTestServer.DefaultPassword);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Requests" }).ClickAsync();
        await page.GotoAsync("/requests/new");
        await page.GetByLabel("Your case reference").FillAsync("RFM-2021-0412");
        await page.GetByLabel("Agency name").FillAsync("Rosfinmonitoring");
        await page.GetByLabel("Agency country (ISO code)").FillAsync("RU");
        await page.GetByLabel("Agency type").SelectOptionAsync("fiu");
        await page.GetByLabel("Officer name").FillAsync("Ivan Petrov");
        await page.GetByLabel("Legal process", new() { Exact = true }).SelectOptionAsync("fiu-request");
        await page.GetByLabel("Legal basis (statute and article)").FillAsync("Federal Law No. 115-FZ on countering the legalisation of criminal proceeds and the financing of terrorism");
        await page.GetByLabel("Offence under investigation").FillAsync("Financing of an organisation designated as terrorist and extremist");
        await page.GetByLabel("Type of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Everyone who transacted with a wallet" });
        await page.GetByLabel("Value of target 1").FillAsync(DemoDataGenerator.CampaignAddress);
        await page.GetByLabel("Subscriber data").CheckAsync();
        await page.GetByLabel("Data from").FillAsync("2016-12-01");
        await page.GetByLabel("Data to").FillAsync("2021-04-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Take in the request" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request req_" })).ToBeVisibleAsync();

        await page.Locator("#vote-0-subscriber-produce").CheckAsync();
        await page.Locator("#vote-rationale").FillAsync("We do not have much of a choice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cast the vote" }).ClickAsync();

        var errors = page.Locator("#decision-errors");
        await Assertions.Expect(errors).ToContainTextAsync("Staff with a regional role never approve");
        await Assertions.Expect(errors).ToContainTextAsync("Nobody decides on a request they took in");
        await Assertions.Expect(page.Locator("#vote-rationale")).ToHaveValueAsync("We do not have much of a choice.");
        await Assertions.Expect(page.Locator("#items-table")).Not.ToContainTextAsync("satisfied");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Timeline" })).ToContainTextAsync("decision.act-refused");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Timeline" })).ToContainTextAsync("decision.act-refused");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Inv);

    private static IEnumerable<string> Notices(string outbox, string account) =>
        Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml").Select(File.ReadAllText).Where(t => t.Contains(account, StringComparison.Ordinal)) : [];

    private static async Task<string> WaitForNoticeAsync(string outbox, string account)
    {
        for (var i = 0; i < 150; i++)
        {
            if (Notices(outbox, account).FirstOrDefault() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No notice naming {account} reached {outbox} within 30 s.");
    }

    private static async Task<IReadOnlyList<DemoCredential>> SeedAsync(CustosTestServer server, int customers)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>().SeedAsync(server.DataDirectory, customers);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = TestEnvironment.ChromiumPath,
        Headless = true,
        Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    private static async Task<IPage> NewPageAsync(IBrowser browser, CustosTestServer server) =>
        await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), AcceptDownloads = true })).NewPageAsync();

    private static async Task SignInAsync(IPage page, string path, string userLabel, string user, string password)
    {
        await page.GotoAsync(path);
        await page.GetByLabel(userLabel).FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome," })).ToBeVisibleAsync();
    }

    /// <summary>Signs a member of staff in, in a context of their own, and opens the request in the console.</summary>
    private static async Task<IPage> StaffPageAsync(IBrowser browser, CustosTestServer server, DemoCredential credential, string requestId)
    {
        var page = await NewPageAsync(browser, server);
        await SignInAsync(page, "/signin", "Username", credential.Username, credential.Password);
        await page.GotoAsync("/requests/" + requestId);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request " + requestId })).ToBeVisibleAsync();
        return page;
    }
}
