using System.CommandLine;
using Custos.Cli;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Cli.Tests;

/// <summary>Runs the real command tree in-process. Commands run one at a time: they share the console.</summary>
[Collection("console")]
public class CliTests
{
    [Fact]
    public void EveryCommand_HasADescriptionForHelp()
    {
        var root = CustosCli.Build();
        var commands = Flatten(root).ToList();
        Assert.True(commands.Count >= 10);
        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), $"'{c.Name}' has no description"));
        Assert.All(commands.SelectMany(c => c.Options).Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption),
            o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"option '{o.Name}' has no description"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve --help")]
    [InlineData("users add --help")]
    [InlineData("customers import --help")]
    [InlineData("demo generate --help")]
    [InlineData("apikeys create --help")]
    public async Task Help_AnyCommand_ExitsZero(string args)
    {
        var (code, output, _) = await CliRun.RunAsync(args.Split(' '));
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_ThenList_ShowsTheMember()
    {
        var data = TestEnvironment.NewTempDirectory("cli");

        var (added, addOutput, _) = await CliRun.RunAsync(["users", "add", "--data", data, "--username", "ada", "--display-name", "Ada", "--role", "administrator"]);
        var (listed, listOutput, _) = await CliRun.RunAsync(["users", "list", "--data", data]);

        Assert.Equal(0, added);
        Assert.Contains("Password (shown once)", addOutput, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains("administrator", listOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersUnlock_LockedMember_EndsTheLockoutAndRecordsItAndAnUnknownNameFails()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        await CliRun.RunAsync(["users", "add", "--data", data, "--username", "ada", "--display-name", "Ada", "--role", "administrator"]);
        await using (var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext())
        {
            var ada = await db.StaffUsers.SingleAsync();
            (ada.Lockouts, ada.LockedUntil) = (1, DateTimeOffset.UtcNow.AddMinutes(15));
            await db.SaveChangesAsync();
        }

        var (listed, listOutput, _) = await CliRun.RunAsync(["users", "list", "--data", data]);
        var (unlocked, output, _) = await CliRun.RunAsync(["users", "unlock", "ada", "--data", data]);
        var (unknown, _, errors) = await CliRun.RunAsync(["users", "unlock", "nobody", "--data", data]);

        Assert.Equal(0, listed);
        Assert.Contains("locked until", listOutput, StringComparison.Ordinal);
        Assert.Equal(0, unlocked);
        Assert.Contains("ada is unlocked", output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown);
        Assert.Contains("staff.not-found", errors, StringComparison.Ordinal);
        await using var after = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Null((await after.StaffUsers.SingleAsync()).LockedUntil);
        Assert.Equal("cli", (await after.LedgerEvents.SingleAsync(e => e.EventType == "staff.unlocked")).Actor);
    }

    [Fact]
    public async Task UsersAdministration_DisableEnableRegionAndKeys_WorkFromTheCommandLineAndKeepTheLastAdministrator()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        await CliRun.RunAsync(["users", "add", "--data", data, "--username", "ada", "--display-name", "Ada", "--role", "administrator"]);
        await CliRun.RunAsync(["users", "add", "--data", data, "--username", "bob", "--display-name", "Bob", "--role", "auditor"]);
        await CliRun.RunAsync(["apikeys", "create", "--data", data, "--name", "nightly export", "--user", "bob"]);

        var (listedKeys, keysOutput, _) = await CliRun.RunAsync(["apikeys", "list", "--data", data, "--user", "bob"]);
        var (moved, movedOutput, _) = await CliRun.RunAsync(["users", "set-region", "bob", "--region", "cis", "--data", data]);
        var (badRegion, _, badRegionErrors) = await CliRun.RunAsync(["users", "set-region", "bob", "--region", "Moscow Office", "--data", data]);
        var (disabled, _, _) = await CliRun.RunAsync(["users", "disable", "bob", "--data", data]);
        var (enabled, enabledOutput, _) = await CliRun.RunAsync(["users", "enable", "bob", "--data", data]);
        var (lastAdmin, _, lastAdminErrors) = await CliRun.RunAsync(["users", "disable", "ada", "--data", data]);
        var (revokedKeys, revokedOutput, _) = await CliRun.RunAsync(["apikeys", "list", "--data", data]);

        Assert.Equal(0, listedKeys);
        Assert.Contains("nightly", keysOutput, StringComparison.Ordinal);
        Assert.Contains("bob", keysOutput, StringComparison.Ordinal);
        Assert.Contains("active", keysOutput, StringComparison.Ordinal);
        Assert.Equal(0, moved);
        Assert.Contains("bob now works in region cis", movedOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, badRegion);
        Assert.Contains("staff.region-invalid", badRegionErrors, StringComparison.Ordinal);
        Assert.Equal(0, disabled);
        Assert.Equal(0, enabled);
        Assert.Contains("bob is enabled", enabledOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, lastAdmin);
        Assert.Contains("staff.last-administrator", lastAdminErrors, StringComparison.Ordinal);
        Assert.Equal(0, revokedKeys);
        Assert.Contains("revoked", revokedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("active", revokedOutput, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        string[] administration = ["staff.region-changed", "access.api-key-revoked", "staff.user-disabled", "staff.user-enabled", "access.refused"];
        var recorded = await db.LedgerEvents.OrderBy(e => e.Id).Select(e => new { e.EventType, e.Actor }).ToListAsync();
        Assert.Equal(administration, recorded.Where(e => administration.Contains(e.EventType)).Select(e => e.EventType));
        Assert.All(recorded.Where(e => administration.Contains(e.EventType)), e => Assert.Equal("cli", e.Actor));
        Assert.False((await db.StaffUsers.SingleAsync(u => u.Username == "ada")).IsDisabled);
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_FailsNamingItAndCreatesNothing()
    {
        var data = TestEnvironment.NewTempDirectory("cli");

        var (code, _, errors) = await CliRun.RunAsync(["users", "add", "--data", data, "--username", "ada", "--display-name", "Ada", "--role", "boss"]);

        Assert.NotEqual(0, code);
        Assert.Contains("staff.role-unknown", errors, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(0, await db.StaffUsers.CountAsync());
    }

    [Fact]
    public async Task DemoGenerate_ThenImport_LoadsTheCustomers()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        var files = Path.Combine(data, "files");

        var (generated, _, _) = await CliRun.RunAsync(["demo", "generate", "--customers", "120", "--out", files]);
        var (imported, output, _) = await CliRun.RunAsync(["customers", "import", files, "--data", data]);

        Assert.Equal(0, generated);
        Assert.Equal(0, imported);
        Assert.Contains("120", output, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(120, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task DemoGenerateJson_ThenImportTheJsonFile_LoadsTheCustomers()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        var files = Path.Combine(data, "files");

        var (generated, output, _) = await CliRun.RunAsync(["demo", "generate", "--customers", "40", "--out", files, "--json"]);
        var (imported, _, errors) = await CliRun.RunAsync(["customers", "import", Path.Combine(files, "customers.json"), "--data", data]);

        Assert.Equal(0, generated);
        // The hint names the JSON file, not the folder (a folder is read as CSV files). Output may wrap, so compare unwrapped.
        Assert.Contains("customers.json", output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(imported == 0, errors);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(40, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task CustomersImport_IncrementalTransactionsOnly_AddsThemToCustomersHeldAlready()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        var files = Path.Combine(data, "files");
        await CliRun.RunAsync(["demo", "generate", "--customers", "25", "--out", files]);
        var (first, _, firstErrors) = await CliRun.RunAsync(["customers", "import", files, "--data", data]);
        var account = File.ReadAllLines(Path.Combine(files, "customers.csv"))[1].Split(',')[0];
        var increment = Path.Combine(data, "increment");
        Directory.CreateDirectory(increment);
        await File.WriteAllTextAsync(Path.Combine(increment, "transactions.csv"),
            $"transaction_id,account_id,kind,occurred_at,asset,amount\nincrement-1,{account},deposit,2026-01-02T03:04:05Z,BTC,0.25\n");

        var (code, output, errors) = await CliRun.RunAsync(["customers", "import", increment, "--data", data]);

        Assert.True(first == 0, firstErrors);
        Assert.True(code == 0, errors);
        Assert.Contains("1 rows", output, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(25, await db.Customers.CountAsync());
        Assert.Equal(account, (await db.Transactions.SingleAsync(t => t.TransactionId == "increment-1")).AccountId);
        Assert.Equal(2, await db.CustomerImports.CountAsync());
    }

    [Fact]
    public async Task CustomersImport_BadFile_FailsWithFileLineAndFieldAndWritesNothing()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        var files = Path.Combine(data, "files");
        await CliRun.RunAsync(["demo", "generate", "--customers", "30", "--out", files]);
        var customers = Path.Combine(files, "customers.csv");
        var lines = File.ReadAllLines(customers);
        var header = lines[0].Split(',');
        var row = lines[3].Split(',');
        row[Array.IndexOf(header, "status")] = "frozen";
        lines[3] = string.Join(',', row);
        File.WriteAllLines(customers, lines);

        var (code, _, errors) = await CliRun.RunAsync(["customers", "import", files, "--data", data]);

        Assert.NotEqual(0, code);
        Assert.Contains("customers.csv", errors, StringComparison.Ordinal);
        Assert.Contains("line 4", errors, StringComparison.Ordinal);
        Assert.Contains("status", errors, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    [Theory]
    [InlineData("demo generate --customers 0 --out /tmp/x", "demo.customers-invalid")]
    [InlineData("serve --port 70000", "host.port-invalid")]
    [InlineData("serve --smtp smtp://127.0.0.1:2525", "host.smtp-from-missing")]
    [InlineData("serve --smtp http://mail.example --smtp-from notices@example.com", "host.smtp-invalid")]
    [InlineData("serve --smtp-from not-an-address", "host.smtp-from-invalid")]
    [InlineData("serve --metrics-network 10.0.0.0/33", "host.metrics-network-invalid")]
    [InlineData("serve --log-format xml", "host.log-format-invalid")]
    [InlineData("users list --database Foo=bar", "database.unknown-format")]
    public async Task BadOptions_ExitNonZeroWithTheErrorCode(string args, string code)
    {
        var (exit, _, errors) = await CliRun.RunAsync(args.Split(' '));
        Assert.NotEqual(0, exit);
        Assert.Contains(code, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var (exit, _, errors) = await CliRun.RunAsync(["users", "list", "--bogus"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("--bogus", errors, StringComparison.Ordinal);
    }

    private static IEnumerable<Command> Flatten(Command command) => new[] { command }.Concat(command.Subcommands.SelectMany(Flatten));
}
