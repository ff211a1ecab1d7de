using Custos.Application.Common;
using Custos.Application.Customers.Import;
using Custos.Application.Customers.Search;
using Custos.Application.Demo;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Import;

public class CustomerImportTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ImportAsync_GeneratedDataSet_StoresEveryRowAndLedgersTheImport(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var folder = TestEnvironment.NewTempDirectory("import");
        var summary = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 150, Seed = 7 }).WriteDirectory(folder);
        await using var db = harness.NewContext();
        var reports = new List<ImportProgress>();

        var result = await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(folder, false, Actor.CommandLine, new SynchronousProgress<ImportProgress>(reports.Add));

        Assert.True(result.IsSuccess, result.IsSuccess ? null : string.Join("; ", result.Errors));
        Assert.Equal(summary.Customers, result.Value.Counts.Customers);
        Assert.Equal(summary.Transactions, result.Value.Counts.Transactions);
        Assert.Equal(summary.Transactions, await db.Transactions.CountAsync());
        Assert.Equal(summary.CampaignDonors, await db.Transactions
            .Where(t => t.CounterpartyAddress == DemoDataGenerator.CampaignAddress).Select(t => t.AccountId).Distinct().CountAsync());
        Assert.Contains(reports, r => r.Phase == ImportPhase.Reading);
        Assert.Contains(reports, r => r.Phase == ImportPhase.Writing && r.Name == "transactions");
        var ledgered = Assert.Single(await harness.EventsAsync());
        Assert.Equal(LedgerEventTypes.CustomersImported.Id, ledgered.EventTypeId);
        Assert.Contains("customers.csv", ledgered.Details, StringComparison.Ordinal);
        Assert.Matches("\"sha256\":\"[0-9a-f]{64}\"", ledgered.Details);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ImportAsync_BadRowAfterGoodData_ChangesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var first = TestEnvironment.NewTempDirectory("import");
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 40, Seed = 1 }).WriteDirectory(first);
        await using var db = harness.NewContext();
        var import = new CustomerImport(db, harness.Events, harness.Clock);
        Assert.True((await import.ImportAsync(first, false, Actor.CommandLine)).IsSuccess);
        var customersBefore = await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).ToListAsync();

        var second = TestEnvironment.NewTempDirectory("import");
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 60, Seed = 2 }).WriteDirectory(second);
        var lines = File.ReadAllLines(Path.Combine(second, "transactions.csv"));
        var fields = lines[5].Split(',');
        var header = lines[0].Split(',');
        fields[Array.IndexOf(header, "amount")] = "12,5";
        lines[5] = string.Join(',', fields);
        File.WriteAllLines(Path.Combine(second, "transactions.csv"), lines);

        var result = await import.ImportAsync(second, replaceAll: true, Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Message.Contains("transactions.csv", StringComparison.Ordinal) && e.Message.Contains("line 6", StringComparison.Ordinal));
        Assert.Equal(customersBefore, await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).ToListAsync());
        Assert.Single(await harness.EventsAsync());
    }

    [Theory, SqliteData]
    public async Task ImportAsync_MissingPath_IsAClearError(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync("/nonexistent/custos-data", false, Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Contains("/nonexistent/custos-data", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SearchAsync_ByNameInEitherScriptEmailOrWallet_FindsTheCustomer(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var folder = TestEnvironment.NewTempDirectory("import");
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 80, Seed = 3 }).Generate();
        Custos.Application.Customers.Files.CustomerDataWriter.WriteDirectory(data, folder);
        await using var db = harness.NewContext();
        await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(folder, false, Actor.CommandLine);
        var search = new CustomerSearch(db, harness.Events);
        var reviewer = Actor.StaffMember("usr_reviewer", [Custos.Domain.Staff.StaffRole.LegalReviewer], Custos.Domain.Staff.StaffRegion.Global);
        var withNative = data.Customers.First(c => c.NativeName is not null);
        var wallet = data.Wallets[0];
        async Task<CustomerSearch.Page> Find(string? q, int take) => (await search.SearchAsync(reviewer, q, 0, take, "console")).Value;

        Assert.Contains((await Find(withNative.FamilyName.ToUpperInvariant(), 200)).Customers, c => c.AccountId == withNative.AccountId);
        Assert.Contains((await Find(withNative.NativeName!.Split(' ')[^1], 200)).Customers, c => c.AccountId == withNative.AccountId);
        Assert.Equal(wallet.AccountId, Assert.Single((await Find(wallet.Address, 10)).Customers).AccountId);
        Assert.Equal(0, (await Find("%", 10)).Total);
        Assert.Equal("customers.query-required", (await search.SearchAsync(reviewer, null, 0, 10, "console")).Error.Code);
    }
}
