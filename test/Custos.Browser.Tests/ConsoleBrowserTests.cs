using Custos.Application.Demo;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Custos.Browser.Tests;

/// <summary>Drives the reviewer console in Debian's Chromium with role and label locators, as a person would.</summary>
public class ConsoleBrowserTests
{
    [BrowserFact]
    public async Task Reviewer_SignsInSearchesAndOpensARecordForARequest_SeesItOnlyOnceThePurposeIsStated()
    {
        await using var server = await CustosTestServer.StartAsync(demo: true, demoCustomers: 60);
        var credentials = await SeedAsync(server);
        var reviewer = credentials.First(c => c.Role == Domain.Staff.StaffRole.LegalReviewer);
        string familyName, accountId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var customer = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().Customers.OrderBy(c => c.AccountId).Skip(7).FirstAsync();
            (familyName, accountId) = (customer.FamilyName, customer.AccountId);
        }

        // A request under review whose target is the customer: the record opens only for such a request.
        var requestId = await server.RequestUnderReviewAsync(accountId);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await page.GotoAsync("/customers");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Custos" })).ToBeVisibleAsync();
        await page.GetByLabel("Username").FillAsync(reviewer.Username);
        await page.GetByLabel("Password").FillAsync(reviewer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Search customers").FillAsync(familyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Customers" }).GetByRole(AriaRole.Link, new() { Name = accountId });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Identity" })).ToHaveCountAsync(0);
        await page.GetByLabel("For request").SelectOptionAsync(requestId);
        await page.GetByLabel("Confirm the customer is the one the request names").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Identity" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("this opening is recorded in the ledger");
        await Assertions.Expect(page.GetByText(accountId).First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Auditor_OpensCustomers_IsToldTheRoleDoesNotAllowIt()
    {
        await using var server = await CustosTestServer.StartAsync(demo: true, demoCustomers: 0);
        var auditor = (await SeedAsync(server)).First(c => c.Role == Domain.Staff.StaffRole.Auditor);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = TestEnvironment.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await page.GotoAsync("/signin");
        await page.GetByLabel("Username").FillAsync(auditor.Username);
        await page.GetByLabel("Password").FillAsync(auditor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Aude Auditor" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Customers" })).ToHaveCountAsync(0);

        await page.GotoAsync("/customers");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    }

    private static async Task<IReadOnlyList<DemoCredential>> SeedAsync(CustosTestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Web.Hosting.CustosHostOptions>();
        var result = await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>().SeedAsync(server.DataDirectory, options.DemoCustomers);
        return result.Value;
    }
}
