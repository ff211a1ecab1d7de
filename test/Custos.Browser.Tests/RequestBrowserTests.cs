using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Demo;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Custos.Browser.Tests;

/// <summary>
/// Officers submit requests through the agency portal and reviewers read them in the console, in Debian's Chromium,
/// by role and label as people do.
/// </summary>
public class RequestBrowserTests
{
    private const string CampaignAddress = DemoDataGenerator.CampaignAddress;

    [BrowserFact]
    public async Task Scenario03_SubmittedThroughThePortal_ReviewerSeesItDeniedWithItsFindings()
    {
        // The platform answering is the Maltese entity of scenario 03.
        await using var server = await CustosTestServer.StartAsync(providerCountry: "MT");
        var staff = await SeedAsync(server, customers: 500);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var rosfinmonitoring = await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().FindByDomainAsync("fedsfm.ru");
            Assert.NotNull(rosfinmonitoring);
            var registration = (await scope.ServiceProvider.GetRequiredService<OfficerAccounts>().RegisterAsync(new NewOfficer(
                "Ivan Petrov", "Head of Division", "i.petrov@fedsfm.ru", "+7 495 627 3300", CustosTestServer.DefaultPassword, rosfinmonitoring.Id))).Value;
            var verified = await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().RecordVerificationAsync(
                registration.Agency.Id, VerificationOutcome.Verified, VerificationMethod.PublishedPhone,
                "Called +7 495 627 3300, published at https://www.fedsfm.ru; the duty officer confirmed Ivan Petrov.", Actor.CommandLine);
            Assert.True(verified.IsSuccess, string.Join("; ", verified.Errors));
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var officer = await NewPageAsync(browser, server);
        await SignInOfficerAsync(officer, "i.petrov@fedsfm.ru", CustosTestServer.DefaultPassword);

        await officer.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Submit" }).ClickAsync();
        await officer.GetByLabel("Your case reference").FillAsync("none");
        await officer.GetByLabel("Legal process", new() { Exact = true }).SelectOptionAsync("none");
        await officer.GetByLabel("Legal basis (statute and article)").FillAsync("Federal Law No. 115-FZ on countering the legalisation of criminal proceeds and the financing of terrorism");
        await officer.GetByLabel("Offence under investigation").FillAsync("Financing of an organisation designated as terrorist and extremist");
        await officer.GetByLabel("Terrorism financing").CheckAsync();
        await officer.GetByLabel("Extremism", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("List of designation 1").FillAsync("ru-rosfinmonitoring-terrorists-extremists");
        await officer.GetByLabel("Name in designation 1").FillAsync("Anti-Corruption Foundation (FBK)");
        await officer.GetByLabel("Type of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Everyone who transacted with a wallet" });
        await officer.GetByLabel("Value of target 1").FillAsync(CampaignAddress);
        await officer.GetByLabel("Subscriber data").CheckAsync();
        await officer.GetByLabel("Identity documents and KYC data").CheckAsync();
        await officer.GetByLabel("Data from").FillAsync("2016-12-01");
        await officer.GetByLabel("Data to").FillAsync("2021-04-20");
        await officer.GetByLabel("The customer must not be told").CheckAsync();
        await officer.GetByLabel("Basis of the non-disclosure").FillAsync("not stated");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Request req_" })).ToBeVisibleAsync();
        var requestId = (await officer.GetByRole(AriaRole.Heading, new() { Name = "Request req_" }).InnerTextAsync())["Request ".Length..].Trim();
        // The agency never sees the scrutiny report.
        await Assertions.Expect(officer.GetByText("deny")).ToHaveCountAsync(0);

        var reviewer = await NewPageAsync(browser, server);
        await SignInStaffAsync(reviewer, staff.First(c => c.Role == StaffRole.LegalReviewer));
        await reviewer.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Requests" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Table, new() { Name = "Request queue" }).GetByRole(AriaRole.Link, new() { Name = requestId }).ClickAsync();

        await Assertions.Expect(reviewer.Locator("#recommendation")).ToHaveTextAsync("deny");
        var findings = reviewer.GetByRole(AriaRole.Table, new() { Name = "Findings" });
        await Assertions.Expect(findings.GetByText("political.", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(findings.GetByText("particularity.", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(findings.GetByText("channel.", new() { Exact = false }).First).ToBeVisibleAsync();
        var targets = reviewer.GetByRole(AriaRole.Table, new() { Name = "Targets" });
        await Assertions.Expect(targets).ToContainTextAsync("bulk");
        await Assertions.Expect(targets).ToContainTextAsync(CampaignAddress);
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Table, new() { Name = "Timeline" })).ToContainTextAsync("request.received");
    }

    [BrowserFact]
    public async Task ValidSubpoena_SubmittedThroughThePortal_ReviewerSeesItRecommendedForProduction()
    {
        // The platform answering is a US entity, as in scenario 01.
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var credentials = await SeedAsync(server, customers: 60);
        var fbi = credentials.First(c => c.Role == DemoAgencies.OfficerRole);
        string account;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            account = scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>().Customers.OrderBy(c => c.AccountId).Select(c => c.AccountId).First();
        }

        var pdf = Path.Combine(server.DataDirectory, "subpoena.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.7\nGrand jury subpoena, signed\n%%EOF\n");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var officer = await NewPageAsync(browser, server);
        await SignInOfficerAsync(officer, fbi.Username, fbi.Password);
        await officer.GotoAsync("/portal/requests/new");
        await officer.GetByLabel("Your case reference").FillAsync("NY-2026-118");
        await officer.GetByLabel("Legal process", new() { Exact = true }).SelectOptionAsync("subpoena");
        await officer.GetByLabel("Process reference").FillAsync("GJ-26-0412");
        await officer.GetByLabel("Issued by (court or authority)").FillAsync("United States District Court, Southern District of New York");
        await officer.GetByLabel("Issued on").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.GetByLabel("Signed by an authorised official").CheckAsync();
        await officer.GetByLabel("Legal basis (statute and article)").FillAsync("18 U.S.C. 2703(c)(2); Fed. R. Crim. P. 17");
        await officer.GetByLabel("Offence under investigation").FillAsync("Wire fraud: investment scam proceeds moved through the account");
        await officer.GetByLabel("Fraud", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Maximum penalty (years)").FillAsync("20");
        await officer.GetByLabel("Type of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Account id" });
        await officer.GetByLabel("Value of target 1").FillAsync(account);
        await officer.GetByLabel("Role of target 1").SelectOptionAsync(new SelectOptionValue { Label = "Suspect" });
        await officer.GetByLabel("Subscriber data").CheckAsync();
        await officer.GetByLabel("Data from").FillAsync("2025-01-01");
        await officer.GetByLabel("Data to").FillAsync("2026-06-30");
        await officer.GetByLabel("Legal documents").SetInputFilesAsync(pdf);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#request-status")).ToHaveTextAsync("under review");
        await Assertions.Expect(officer.GetByRole(AriaRole.Table, new() { Name = "Documents" })).ToContainTextAsync("subpoena.pdf");
        var requestId = (await officer.GetByRole(AriaRole.Heading, new() { Name = "Request req_" }).InnerTextAsync())["Request ".Length..].Trim();

        var reviewer = await NewPageAsync(browser, server);
        await SignInStaffAsync(reviewer, credentials.First(c => c.Role == StaffRole.LegalReviewer));
        await reviewer.GotoAsync("/requests");
        var row = reviewer.GetByRole(AriaRole.Table, new() { Name = "Request queue" }).GetByRole(AriaRole.Row).Filter(new() { HasText = requestId });
        await Assertions.Expect(row).ToContainTextAsync("produce");
        await row.GetByRole(AriaRole.Link, new() { Name = requestId }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#recommendation")).ToHaveTextAsync("produce");
        await Assertions.Expect(reviewer.Locator("#request-status")).ToHaveTextAsync("under-review");
        var targets = reviewer.GetByRole(AriaRole.Table, new() { Name = "Targets" });
        await Assertions.Expect(targets).ToContainTextAsync("exact");
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Table, new() { Name = "Documents" })).ToContainTextAsync("subpoena.pdf");
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
        await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() })).NewPageAsync();

    private static async Task SignInOfficerAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/portal/signin");
        await page.GetByLabel("Official e-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome," })).ToBeVisibleAsync();
    }

    private static async Task SignInStaffAsync(IPage page, DemoCredential credential)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Username").FillAsync(credential.Username);
        await page.GetByLabel("Password").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome," })).ToBeVisibleAsync();
    }
}
