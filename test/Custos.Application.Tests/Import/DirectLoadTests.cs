using Custos.Application.Customers.Files;
using Custos.Application.Customers.Import;
using Custos.Application.Demo;
using Custos.Application.Tests.Customers;
using Custos.Domain.Access;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Import;

/// <summary>
/// The PostgreSQL direct load (a first load or full replacement copied straight into the real tables, the keys put back
/// as the check) and the parallel reading that feeds every PostgreSQL import.
/// </summary>
public sealed class DirectLoadTests
{
    [Theory, PostgresData]
    public async Task ImportAsync_FirstLoadDirect_StoresExactlyWhatTheReaderReadsAndPutsEveryKeyAndIndexBack(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 60, Seed = 21 }).WriteDirectory(dir.Path);
        // Text that the COPY text form must escape: a backslash, a tab and a lone "\." must come back as they went in.
        var customers = dir.File(CustomerDataFiles.Customers);
        var lines = File.ReadAllLines(customers);
        var header = lines[0].Split(',');
        var plain = Array.FindIndex(lines, 1, l => !l.Contains('"', StringComparison.Ordinal));
        var row = lines[plain].Split(',');
        row[Array.IndexOf(header, "address_line")] = "Flat 2\\3\tBack \\. N\\\\";
        lines[plain] = string.Join(',', row);
        File.WriteAllLines(customers, lines);
        var expected = new CustomerDataReader().Read(dir.Path).Value;
        await using var db = harness.NewContext();
        var schemaBefore = await SchemaAsync(db);

        var import = new CustomerImport(db, harness.Events, harness.Clock) { BatchSize = 9, DirectLoadFromBytes = 0, ReadThreads = 3 };
        var result = await import.ImportAsync(dir.Path, false, Actor.CommandLine);

        Assert.True(result.IsSuccess, result.IsSuccess ? null : string.Join("; ", result.Errors));
        Assert.True(result.Value.DirectLoad);
        Assert.Equal(schemaBefore, await SchemaAsync(db));
        Assert.Equal(expected.Customers.Select(c => (c.AccountId, c.Email, c.AddressLine, c.OpenedAt)).Order(),
            (await db.Customers.AsNoTracking().ToListAsync()).Select(c => (c.AccountId, c.Email, c.AddressLine, c.OpenedAt)).Order());
        Assert.Contains(await db.Customers.AsNoTracking().Select(c => c.AddressLine).ToListAsync(), a => a == "Flat 2\\3\tBack \\. N\\\\");
        Assert.Equal(expected.Transactions.Select(t => (t.TransactionId, t.AccountId, t.Amount, t.OccurredAt, t.CounterAmount)).Order(),
            (await db.Transactions.AsNoTracking().ToListAsync()).Select(t => (t.TransactionId, t.AccountId, t.Amount, t.OccurredAt, t.CounterAmount)).Order());
        Assert.Equal(expected.Wallets.Count, await db.Wallets.CountAsync());
        Assert.Equal(expected.Logins.Count, await db.Logins.CountAsync());
        Assert.Equal(expected.Holdings.Select(h => (h.AccountId, h.Asset, h.AsOf, h.Amount)).Order(),
            (await db.Holdings.AsNoTracking().ToListAsync()).Select(h => (h.AccountId, h.Asset, h.AsOf, h.Amount)).Order());
        Assert.Equal(expected.KycDocuments.Count, await db.KycDocuments.CountAsync());
        Assert.Equal(expected.ResidencePermits.Count, await db.ResidencePermits.CountAsync());
        Assert.Equal(1, await db.CustomerImports.CountAsync());

        // A second, incremental import into the data now held is an upsert through staging, not a direct load.
        var again = await new CustomerImport(db, harness.Events, harness.Clock) { DirectLoadFromBytes = 0 }.ImportAsync(dir.Path, false, Actor.CommandLine);
        Assert.True(again.IsSuccess, again.IsSuccess ? null : string.Join("; ", again.Errors));
        Assert.False(again.Value.DirectLoad);
        Assert.Equal(expected.Transactions.Count, await db.Transactions.CountAsync());
    }

    [Theory, PostgresData]
    public async Task ImportAsync_DirectLoadWithDuplicateAndDanglingRows_RollsBackAndNamesTheLinesAsStagingDoes(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 40, Seed = 5 }).WriteDirectory(dir.Path);
        var path = dir.File(CustomerDataFiles.Transactions);
        var lines = File.ReadAllLines(path).ToList();
        var header = lines[0].Split(',');
        var duplicate = lines[^1].Split(',');
        duplicate[0] = lines[2].Split(',')[0];
        var dangling = lines[^1].Split(',');
        dangling[0] = "tx-dangling";
        dangling[Array.IndexOf(header, "account_id")] = "nobody";
        lines.Add(string.Join(',', duplicate));
        lines.Add(string.Join(',', dangling));
        File.WriteAllLines(path, lines);
        await using var db = harness.NewContext();
        var schemaBefore = await SchemaAsync(db);

        var direct = await new CustomerImport(db, harness.Events, harness.Clock) { BatchSize = 8, DirectLoadFromBytes = 0 }.ImportAsync(dir.Path, false, Actor.CommandLine);
        await using var other = harness.NewContext();
        var staged = await new CustomerImport(other, harness.Events, harness.Clock) { BatchSize = 8, ReadThreads = 1 }.ImportAsync(dir.Path, false, Actor.CommandLine);

        Assert.False(direct.IsSuccess);
        Assert.False(staged.IsSuccess);
        Assert.Equal(staged.Errors.Select(e => e.Message), direct.Errors.Select(e => e.Message));
        Assert.Contains(direct.Errors, e => e.Message == $"transactions.csv line {lines.Count - 1}, field transaction_id: transaction '{duplicate[0]}' appears more than once");
        Assert.Contains(direct.Errors, e => e.Code == CustomerDataErrors.UnknownAccount && e.Message.StartsWith($"transactions.csv line {lines.Count},", StringComparison.Ordinal));
        Assert.Equal(0, await db.Customers.CountAsync());
        Assert.Equal(0, await db.Transactions.CountAsync());
        Assert.Equal(0, await db.CustomerImports.CountAsync());
        Assert.Equal(schemaBefore, await SchemaAsync(db));
    }

    [Theory, PostgresData]
    public async Task ImportAsync_DirectLoadWithBadFieldsInSeveralFiles_GivesTheErrorsInFileOrder(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 30, Seed = 8 }).WriteDirectory(dir.Path);
        var loginLine = Corrupt(dir.File(CustomerDataFiles.Logins), "occurred_at", "yesterday");
        var customerLine = Corrupt(dir.File(CustomerDataFiles.Customers), "residence_country", "Germany");
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock) { DirectLoadFromBytes = 0, ReadThreads = 4 }.ImportAsync(dir.Path, false, Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith($"customers.csv line {customerLine}, field residence_country:", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith($"logins.csv line {loginLine}, field occurred_at:", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    [Theory, PostgresData]
    public async Task ImportAsync_ReplaceAllDirect_LeavesOnlyTheNewData(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var first = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 30, Seed = 1 }).WriteDirectory(first.Path);
        using var second = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 20, Seed = 2 }).WriteDirectory(second.Path);
        var expected = new CustomerDataReader().Read(second.Path).Value;
        await using var db = harness.NewContext();
        Assert.True((await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(first.Path, false, Actor.CommandLine)).IsSuccess);

        var result = await new CustomerImport(db, harness.Events, harness.Clock) { DirectLoadFromBytes = 0 }.ImportAsync(second.Path, true, Actor.CommandLine);

        Assert.True(result.IsSuccess, result.IsSuccess ? null : string.Join("; ", result.Errors));
        Assert.True(result.Value.DirectLoad);
        Assert.Equal(expected.Customers.Select(c => c.AccountId).Order(), (await db.Customers.Select(c => c.AccountId).ToListAsync()).Order());
        Assert.Equal(expected.Transactions.Select(t => t.TransactionId).Order(), (await db.Transactions.Select(t => t.TransactionId).ToListAsync()).Order());
        Assert.Equal(2, await db.CustomerImports.CountAsync());
    }

    /// <summary>Puts <paramref name="value"/> into the first row without quoted fields; returns its line number.</summary>
    private static int Corrupt(string path, string column, string value)
    {
        var lines = File.ReadAllLines(path);
        var plain = Array.FindIndex(lines, 1, l => !l.Contains('"', StringComparison.Ordinal));
        var row = lines[plain].Split(',');
        row[Array.IndexOf(lines[0].Split(','), column)] = value;
        lines[plain] = string.Join(',', row);
        File.WriteAllLines(path, lines);
        return plain + 1;
    }

    /// <summary>The customer tables' indexes and constraints, each with its definition.</summary>
    private static async Task<List<string>> SchemaAsync(Storage.CustosDbContext db) =>
        (await db.Database.SqlQueryRaw<string>(
            "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('customers','wallets','transactions','logins','holdings','kyc_documents','residence_permits')"
            + " UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            + " WHERE conrelid::regclass::text IN ('customers','wallets','transactions','logins','holdings','kyc_documents','residence_permits')").ToListAsync()).Order(StringComparer.Ordinal).ToList();
}
