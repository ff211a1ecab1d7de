using System.Globalization;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Tests;

/// <summary><c>custos ledger sealed</c> against a running Custos, as a monitor would; <c>custos proof link</c> for the customer's page.</summary>
[Collection("console")]
public class SealedAndLinkCommandTests
{
    [Fact]
    public async Task LedgerSealed_AGaggedProduction_IsListedSealed_AndOverdueAfterItsUnsealByDate()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        var customers = await server.ImportDemoCustomersAsync(count: 5);
        var account = customers.Customers.First(c => c.Email is not null).AccountId;
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await server.ProducedAsync(CustosTestServer.WithNonDisclosure(TestRequests.SubpoenaFor(account), $"\"until\": \"{Day(until)}\""));
        await server.WaitForDisclosureIndexAsync();
        var key = server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format();
        var url = new Uri(server.BaseAddress, "/ledger/").ToString();
        var state = Path.Combine(TestEnvironment.NewTempDirectory("sealed-state"), "custos.state");

        var (inTime, output, errors) = await CliRun.RunAsync(["ledger", "sealed", "--url", url, "--key", key, "--state", state, "--at", Day(until)]);
        var (late, lateOutput, _) = await CliRun.RunAsync(["ledger", "sealed", "--url", url, "--key", key, "--state", state, "--at", Day(until.AddDays(1))]);
        var (badDay, _, badErrors) = await CliRun.RunAsync(["ledger", "sealed", "--url", url, "--key", key, "--at", "next week"]);

        Assert.True(inTime == 0, output + errors);
        Assert.Contains($"production.created  sealed {Day(until.AddDays(-30))}  unseal-by {Day(until)}  sealed", output, StringComparison.Ordinal);
        Assert.Contains("2 sealed entries as of " + Day(until) + ": 2 sealed, 0 overdue, 0 unsealed", output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.DisclosureKey(account), output, StringComparison.Ordinal);
        Assert.Equal(1, late);
        Assert.Contains("OVERDUE", lateOutput, StringComparison.Ordinal);
        Assert.Contains("2 overdue", lateOutput, StringComparison.Ordinal);
        Assert.Equal(2, badDay);
        Assert.Contains("ledger.at-invalid", badErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProofLink_PrintsALinkTheServerReadsAsTheCustomersKey_AndRefusesAnUnknownAccount()
    {
        var folder = TestEnvironment.NewTempDirectory("link");
        var first = await CustosTestServer.StartAsync(dataDirectory: folder);
        string account;
        try
        {
            account = (await first.ImportDemoCustomersAsync(count: 3)).Customers[0].AccountId;
        }
        finally
        {
            await first.StopKeepingDataAsync();
        }

        var (code, output, errors) = await CliRun.RunAsync(["proof", "link", "--account", account, "--minutes", "10", "--public-url", "https://custos.example/", "--data", folder]);
        var (unknown, _, unknownErrors) = await CliRun.RunAsync(["proof", "link", "--account", "C404", "--data", folder]);
        var (tooLong, _, tooLongErrors) = await CliRun.RunAsync(["proof", "link", "--account", account, "--minutes", "2000", "--data", folder]);
        await using var second = await CustosTestServer.StartAsync(dataDirectory: folder);
        await using var scope = second.Services.CreateAsyncScope();
        var token = output.Trim()["https://custos.example/disclosures?token=".Length..];
        var read = scope.ServiceProvider.GetRequiredService<CustomerLinks>().Read(token);

        Assert.True(code == 0, errors);
        Assert.StartsWith("https://custos.example/disclosures?token=", output, StringComparison.Ordinal);
        Assert.True(read.IsSuccess);
        Assert.Equal(second.DisclosureKey(account), read.Value);
        Assert.NotEqual(0, unknown);
        Assert.Contains("proof.account-unknown", unknownErrors, StringComparison.Ordinal);
        Assert.Equal(2, tooLong);
        Assert.Contains("proof.link-lifetime", tooLongErrors, StringComparison.Ordinal);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
