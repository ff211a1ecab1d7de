using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Custos.Browser.Tests;

/// <summary>The customer's page, as a customer uses it: enter the key, read what was disclosed, download the proof; or learn that nothing was.</summary>
public class DisclosurePageBrowserTests
{
    [BrowserFact]
    public async Task Customer_EntersTheirKey_SeesTheDisclosure_AndDownloadsAProofThatVerifies()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        await server.ProducedAsync(TestRequests.SubpoenaFor(account));
        await server.WaitForDisclosureIndexAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString(), AcceptDownloads = true });

        await page.GotoAsync("/disclosures");
        await page.GetByLabel("Your disclosure key").FillAsync(server.DisclosureKey(account));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "What the records say was disclosed" });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("up to checkpoint");
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Your data was produced to an authority" }))
            .ToContainTextAsync("Drug Enforcement Administration");
        await Assertions.Expect(table).ToContainTextAsync("subscriber");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the proof file" }).ClickAsync());
        var path = Path.Combine(TestEnvironment.NewTempDirectory("download"), download.SuggestedFilename);
        await download.SaveAsAsync(path);

        var verdict = DisclosureProofVerifier.Verify(await File.ReadAllTextAsync(path), server.Services.GetRequiredService<LedgerSigner>().VerifierKey);
        Assert.True(verdict.IsSuccess, verdict.IsSuccess ? null : verdict.Errors[0].Message);
        Assert.Contains(verdict.Value.Events, e => e.TypeName == "production.created");
        Assert.StartsWith("custos-disclosure-proof-", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Customer_WithNoDisclosure_SeesThatNothingWasDisclosed()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var disclosed = customers.Customers.First(c => c.Email is not null).AccountId;
        var other = customers.Customers.First(c => c.AccountId != disclosed).AccountId;
        await server.ProducedAsync(TestRequests.SubpoenaFor(disclosed));
        await server.WaitForDisclosureIndexAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await page.GotoAsync("/disclosures");
        await page.GetByLabel("Your disclosure key").FillAsync(server.DisclosureKey(other));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("No disclosure up to checkpoint");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download the proof file" })).ToBeVisibleAsync();
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
