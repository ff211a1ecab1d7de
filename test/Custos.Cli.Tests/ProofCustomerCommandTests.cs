using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos proof export --with-code</c> on the data folder of a server that published a disclosure, and
/// <c>custos proof verify FILE --key K --account ID --code CODE</c>: the customer checks the key is theirs.
/// </summary>
[Collection("console")]
public class ProofCustomerCommandTests
{
    [Fact]
    public async Task ExportWithCode_ThenVerifyWithTheCustomersAccountAndCode_SaysTheKeyIsTheirs()
    {
        var folder = TestEnvironment.NewTempDirectory("proof-code");
        var (account, other, logKey, code, otherCode) = await PublishedDisclosureAsync(folder);
        var file = Path.Combine(folder, "proof.json");

        var (exported, exportOutput, exportErrors) = await CliRun.RunAsync(["proof", "export", "--account", account, "--out", file, "--with-code", "--data", folder]);
        var (mine, verdict, mineErrors) = await CliRun.RunAsync(["proof", "verify", file, "--key", logKey, "--account", account, "--code", code]);
        var (notMine, _, notMineErrors) = await CliRun.RunAsync(["proof", "verify", file, "--key", logKey, "--account", other, "--code", otherCode]);
        var (halfGiven, _, halfErrors) = await CliRun.RunAsync(["proof", "verify", file, "--key", logKey, "--code", code]);
        var (badCode, _, badCodeErrors) = await CliRun.RunAsync(["proof", "verify", file, "--key", logKey, "--account", account, "--code", "1234"]);
        var legacyFile = Path.Combine(folder, "proof-v2.json");
        var (legacy, _, legacyErrors) = await CliRun.RunAsync(["proof", "export", "--account", account, "--out", legacyFile, "--with-code", "--legacy-format", "--data", folder]);
        var (legacyMine, legacyVerdict, legacyMineErrors) = await CliRun.RunAsync(["proof", "verify", legacyFile, "--key", logKey, "--account", account, "--code", code]);

        Assert.True(exported == 0, exportOutput + exportErrors);
        Assert.Contains($"with account {account}'s disclosure code", exportOutput, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            Assert.Equal("custos-disclosure-proof/v3", json.RootElement.GetProperty("format").GetString());
            Assert.Equal(code, json.RootElement.GetProperty("customer").GetProperty("code").GetString());
        }

        Assert.True(legacy == 0 && legacyMine == 0, legacyErrors + legacyMineErrors);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(legacyFile)))
        {
            Assert.Equal("custos-disclosure-proof/v2", json.RootElement.GetProperty("format").GetString());
        }

        Assert.Equal(verdict, legacyVerdict);
        Assert.True(new FileInfo(file).Length < new FileInfo(legacyFile).Length);

        Assert.True(mine == 0, mineErrors);
        Assert.Equal(1, verdict.Count(c => c == '\n'));
        Assert.Matches(@"^1 disclosure up to checkpoint \d+ \(index of the first \d+ entries\): notice\.sent \d{4}-\d\d-\d\d; the key is account .+'s \(checked with the code given\)\n$", verdict);
        Assert.Equal(1, notMine);
        Assert.Contains("proof.key-not-yours", notMineErrors, StringComparison.Ordinal);
        Assert.Equal(2, halfGiven);
        Assert.Contains("proof.account-required", halfErrors, StringComparison.Ordinal);
        Assert.Equal(2, badCode);
        Assert.Contains("proof.code-invalid", badCodeErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ProofVerifyAndExport_ListTheNewOptions()
    {
        var (_, verify, _) = await CliRun.RunAsync(["proof", "verify", "--help"]);
        var (_, export, _) = await CliRun.RunAsync(["proof", "export", "--help"]);

        Assert.All(["--key", "--account", "--code"], o => Assert.Contains(o, verify, StringComparison.Ordinal));
        Assert.Contains("--with-code", export, StringComparison.Ordinal);
        Assert.Contains("--legacy-format", export, StringComparison.Ordinal);
    }

    /// <summary>A server on <paramref name="folder"/> with customers, one notice sent to the first, and an index revision published; then stopped.</summary>
    internal static async Task<(string Account, string Other, string LogKey, string Code, string OtherCode)> PublishedDisclosureAsync(string folder)
    {
        var server = await CustosTestServer.StartAsync(dataDirectory: folder);
        try
        {
            var customers = (await server.ImportDemoCustomersAsync(count: 3)).Customers.Select(c => c.AccountId).ToArray();
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
                scope.ServiceProvider.GetRequiredService<EventRecorder>().Record(
                    db, LedgerEventTypes.NoticeSent, Actor.System, "notice:ntc_cli", new { note = "test" }, [CustomerRecords.Subject(customers[0])]);
                await db.SaveChangesAsync();
            }

            for (var attempt = 0; ; attempt++)
            {
                await using var scope = server.Services.CreateAsyncScope();
                var exported = await scope.ServiceProvider.GetRequiredService<DisclosureProofExporter>().ExportAsync(customers[0]);
                if (exported.IsSuccess && exported.Value.Events.Count == 1)
                {
                    break;
                }

                Assert.True(attempt < 300, "No index revision covering the notice was published within 30 s.");
                await Task.Delay(100);
            }

            var identities = server.Services.GetRequiredService<LedgerIdentityKey>();
            return (customers[0], customers[1], server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format(),
                identities.DisclosureCode(customers[0]), identities.DisclosureCode(customers[1]));
        }
        finally
        {
            await server.StopKeepingDataAsync();
        }
    }
}
