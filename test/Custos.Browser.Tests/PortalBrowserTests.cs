using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Playwright;

namespace Custos.Browser.Tests;

/// <summary>An officer registers in the portal, an analyst verifies the agency in the console, the officer signs in: by label, as people do.</summary>
public class PortalBrowserTests
{
    [BrowserFact]
    public async Task Officer_RegistersAnalystProposesVerificationComplianceApprovesOfficerSignsIn()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst]);
        await server.CreateStaffAsync("carla", [StaffRole.ComplianceOfficer]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var officer = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await officer.GotoAsync("/portal/register");
        await officer.GetByLabel("Full name").FillAsync("Klaus Becker");
        await officer.GetByLabel("Title or rank").FillAsync("Kriminalhauptkommissar");
        await officer.GetByLabel("Official e-mail address").FillAsync("k.becker@bka.de");
        await officer.GetByLabel("Office phone").FillAsync("+49 611 55-0");
        await officer.GetByLabel("Password").FillAsync(CustosTestServer.DefaultPassword);
        await officer.GetByLabel("Agency name").FillAsync("Bundeskriminalamt");
        await officer.GetByLabel("Agency country").FillAsync("DE");
        await officer.GetByLabel("Agency type").SelectOptionAsync(new SelectOptionValue { Label = "Police" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("pending");

        var analyst = await StaffPageAsync(browser, server, "ines");
        await analyst.GetByLabel("Outcome").SelectOptionAsync("verified");
        await analyst.GetByLabel("Method").SelectOptionAsync("known-contact");
        await analyst.GetByLabel("Note (the number called").FillAsync("BKA liaison officer, through the switchboard +49 611 55-0 published at https://www.bka.de");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Propose verification" }).ClickAsync();
        await Assertions.Expect(analyst.GetByRole(AriaRole.Status)).ToContainTextAsync("takes effect once a second person of the central function approves it");

        // The second pair of eyes: a compliance officer approves what the analyst proposed.
        var compliance = await StaffPageAsync(browser, server, "carla");
        await compliance.GetByRole(AriaRole.Table, new() { Name = "Trust decisions" }).GetByRole(AriaRole.Button, new() { Name = "Approve verified by known-contact" }).ClickAsync();
        await Assertions.Expect(compliance.GetByRole(AriaRole.Status)).ToContainTextAsync("1 pending officer(s) activated");

        await officer.GotoAsync("/portal");
        await officer.GetByLabel("Official e-mail address").FillAsync("k.becker@bka.de");
        await officer.GetByLabel("Password").FillAsync(CustosTestServer.DefaultPassword);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Klaus Becker" })).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByText("Verified out-of-band", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Submit" })).ToBeVisibleAsync();
    }

    /// <summary>Signs a member of staff in, in a context of their own, and opens the Bundeskriminalamt's page.</summary>
    private static async Task<IPage> StaffPageAsync(IBrowser browser, CustosTestServer server, string username)
    {
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString() })).NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(CustosTestServer.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Agencies" }).ClickAsync();
        await page.GetByRole(AriaRole.Table, new() { Name = "Agencies" }).GetByRole(AriaRole.Link, new() { Name = "Bundeskriminalamt" }).ClickAsync();
        return page;
    }
}
