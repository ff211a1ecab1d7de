using System.Net;
using Custos.TestSupport;

namespace Custos.Web.Tests;

/// <summary>
/// What the service logs (at Information and above, as in production) carries identifiers and codes, never the personal
/// data it handles: customers' names, e-mail addresses, telephone numbers and wallets, what someone typed at a sign-in,
/// an officer's e-mail, or the content of a request.
/// </summary>
public class LogPrivacyTests
{
    [Fact]
    public async Task Logs_AfterImportRequestsAndSignIns_HoldNoPersonalData()
    {
        var logs = new CapturedLogs();
        await using var server = await CustosTestServer.StartAsync(logs: logs);
        var data = await server.ImportDemoCustomersAsync(20);
        var customer = data.Customers.First(c => c.Email is not null && c.Phone is not null);
        var wallet = data.Wallets.First();
        using var agency = await server.AgencyWithKeyAsync();
        var byEmail = TestRequests.SubpoenaFor(customer.Email!, "email");
        var byWallet = TestRequests.SubpoenaFor(wallet.Address, "wallet", "DEA-2025-00413");
        using var first = await agency.PostRequestAsync(byEmail);
        using var second = await agency.PostRequestAsync(byWallet);
        using var malformed = await agency.PostRequestAsync("{\"reference\": \"" + customer.FamilyName + "\", \"targets\": [");
        using var client = server.NewClient();
        using var staffGuess = await CustosTestServer.SignInAsync(client, "maria.private@example.org", "Hunter2-secret!");
        using var officerGuess = await CustosTestServer.SignInOfficerAsync(client, "j.private@dea.gov", "Hunter3-secret!");
        using var staff = await server.SignedInStaffAsync("log-reviewer", ["legal-reviewer"]);
        using var search = await staff.GetAsync("/customers?q=" + Uri.EscapeDataString(customer.FamilyName));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, staffGuess.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, officerGuess.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(logs.Lines.Count > 0, "expected the host to log something at Information");
        string[] personal =
        [
            customer.GivenName + " " + customer.FamilyName, customer.FamilyName, customer.Email!, customer.Phone!, wallet.Address,
            "maria.private@example.org", "Hunter2-secret!", "j.private@dea.gov", "Hunter3-secret!", "Julia Ortiz", "j.ortiz@dea.gov",
            "Distribution of controlled substances",
        ];
        foreach (var line in logs.Lines)
        {
            foreach (var value in personal)
            {
                Assert.False(line.Contains(value, StringComparison.OrdinalIgnoreCase), $"a log line holds '{value}': {line}");
            }
        }
    }
}
