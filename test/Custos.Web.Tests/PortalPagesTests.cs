using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Custos.Application.Agencies;
using Custos.Domain.Agencies;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>The portal shows an officer what they asked and what happens next; the console names people (issue 9, point 6).</summary>
public class PortalPagesTests
{
    private const string Subpoena = """
        {
          "reference": "DEA-2025-00412",
          "kind": "production",
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0087", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "counterparty-of-wallet", "value": "bc1qexampleaddress", "role": "suspect" } ],
          "dataCategories": ["subscriber", "login-ip"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" },
          "deadline": "2030-01-31"
        }
        """;

    [Fact]
    public async Task RequestPage_ShowsWhatWasAskedWhatItsStatusMeansAndAReceipt()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\nsigned subpoena\n%%EOF"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent { { new StringContent(Subpoena, Encoding.UTF8, "application/json"), "request" }, { pdf, "documents", "subpoena.pdf" } };
        var created = System.Text.Json.JsonDocument.Parse(await (await agency.Http.PostAsync("/api/v1/requests", form)).Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetString()!;
        var sha = created.GetProperty("documents")[0].GetProperty("sha256").GetString()!;
        using var officer = await OfficerOfAsync(server, agency.AgencyId);

        var page = await officer.GetStringAsync($"/portal/requests/{id}");
        using var receipt = await officer.GetAsync($"/portal/requests/{id}?handler=Receipt");
        var receiptText = await receipt.Content.ReadAsStringAsync();

        Assert.Contains("Administrative subpoena DEA-MIA-25-0087", page, StringComparison.Ordinal);
        Assert.Contains("21 U.S.C. 876", page, StringComparison.Ordinal);
        Assert.Contains("Everyone who transacted with a wallet", page, StringComparison.Ordinal);
        Assert.Contains("bc1qexampleaddress", page, StringComparison.Ordinal);
        Assert.Contains("Log-ins, IP addresses and devices", page, StringComparison.Ordinal);
        Assert.Contains("2024-01-01 to 2025-03-01", page, StringComparison.Ordinal);
        Assert.Contains("2030-01-31", page, StringComparison.Ordinal);
        Assert.Contains("An answer is due by", page, StringComparison.Ordinal);
        Assert.Contains("Reviewers from several independent functions", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("attachment", receipt.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(id, receiptText, StringComparison.Ordinal);
        Assert.Contains("DEA-2025-00412", receiptText, StringComparison.Ordinal);
        Assert.Contains($"subpoena.pdf, {"%PDF-1.7\nsigned subpoena\n%%EOF".Length} bytes, SHA-256 {sha}", receiptText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitForm_ListsShowWordsAndTargetsAreRowsWithRequiredFieldsMarked()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        using var officer = await OfficerOfAsync(server, agency.AgencyId);

        var form = await officer.GetStringAsync("/portal/requests/new");

        Assert.Contains(">Everyone who transacted with a wallet</option>", form, StringComparison.Ordinal);
        Assert.Contains(">Administrative subpoena</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain(">counterparty-of-wallet<", form, StringComparison.Ordinal);
        Assert.DoesNotContain(">administrative-subpoena<", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Targets[0].Value\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Targets[2].Role\"", form, StringComparison.Ordinal);
        Assert.Contains("class=\"required\">Legal basis", form, StringComparison.Ordinal);
        Assert.DoesNotContain("one per line", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_NamesPeopleShowsTheProviderCountryAndLinksToInformalApproaches()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var id = await agency.SubmitRequestAsync(Subpoena);
        await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst]);
        using var analyst = server.NewClient();
        await CustosTestServer.SignInAsync(analyst, "ines");

        var queue = await analyst.GetStringAsync("/requests");
        var page = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/requests/{id}"));
        using var approach = await analyst.GetAsync("/requests/new?informal=true");

        Assert.Contains("href=\"/requests/new?informal=true\"", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approach.StatusCode);
        Assert.Contains("Record an informal approach", await approach.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<strong id=\"provider-country\">US</strong>", queue, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"provider-country\">US</strong>", page, StringComparison.Ordinal);
        Assert.Contains("API key “case system” of Drug Enforcement Administration", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">apikey:", page, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> OfficerOfAsync(CustosTestServer server, string agencyId)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var officers = scope.ServiceProvider.GetRequiredService<OfficerAccounts>();
            var registered = await officers.RegisterAsync(new NewOfficer("Julia Ortiz", "Special Agent", "j.ortiz@dea.gov", null, CustosTestServer.DefaultPassword, agencyId));
            Assert.True(registered.IsSuccess, string.Join("; ", registered.Errors));
            Assert.True((await officers.ActivateAsync(registered.Value.Officer.Id, TestStaff.Analyst())).IsSuccess);
        }

        var client = server.NewClient();
        await CustosTestServer.SignInOfficerAsync(client, "j.ortiz@dea.gov");
        return client;
    }
}
