using System.CommandLine;
using Custos.Application.Ledger;
using Custos.Cli;
using Custos.Domain.Staff;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Tests;

/// <summary><c>custos ledger verify --url</c> against a running Custos, as an outside auditor would.</summary>
[Collection("console")]
public class LedgerVerifyServerTests
{
    [Fact]
    public async Task Verify_RunningCustos_AcceptsItsLogAndThenItsGrowth()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();
        var key = server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format();
        var state = Path.Combine(TestEnvironment.NewTempDirectory("verify-state"), "custos.state");
        for (var i = 0; i < 5; i++)
        {
            await server.CreateStaffAsync($"user{i}", [StaffRole.Auditor]);
        }

        await LedgerWaits.WaitForSizeAsync(client, 6);
        var url = new Uri(server.BaseAddress, "/ledger/").ToString();
        var (first, output, errors) = await CliRun.RunAsync(["ledger", "verify", "--url", url, "--key", key, "--state", state]);
        Assert.True(first == 0, output + errors);

        await server.CreateStaffAsync("later", [StaffRole.Auditor]);
        await LedgerWaits.WaitForSizeAsync(client, 7);
        var (second, output2, errors2) = await CliRun.RunAsync(["ledger", "verify", "--url", url, "--key", key, "--state", state]);
        Assert.True(second == 0, output2 + errors2);
        Assert.Contains("extends the tree of", output2, StringComparison.Ordinal);

        using var otherKey = NoteSignerKey.Generate("custos.local/ledger");
        var (wrong, _, wrongErrors) = await CliRun.RunAsync(["ledger", "verify", "--url", url, "--key", otherKey.VerifierKey.Format(), "--state", state + ".other"]);
        Assert.NotEqual(0, wrong);
        Assert.False(string.IsNullOrWhiteSpace(wrongErrors));
    }
}
