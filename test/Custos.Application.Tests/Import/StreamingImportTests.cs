using Custos.Application.Customers.Files;
using Custos.Application.Customers.Import;
using Custos.Application.Demo;
using Custos.Application.Tests.Customers;
using Custos.Domain.Access;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Import;

/// <summary>The streaming import: batches, checks in SQL at the end, rollback of everything, incremental files.</summary>
public sealed class StreamingImportTests
{
    private const string CustomersHeader = "account_id,given_name,family_name,residence_country,status,opened_at,email\n";
    private const string TransactionsHeader = "transaction_id,account_id,kind,occurred_at,asset,amount\n";

    [Theory, SqliteData, PostgresData]
    public async Task ImportAsync_ManyBatchesAndIndexRebuild_StoresExactlyWhatTheReaderReads(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 60, Seed = 11 }).WriteDirectory(dir.Path);
        var expected = new CustomerDataReader().Read(dir.Path).Value;
        await using var db = harness.NewContext();
        var indexesBefore = await IndexCountAsync(db, provider);

        // Batches of 7 rows: every table spans several batches and ends with a part batch. On PostgreSQL every table
        // with 50 rows or more is loaded by dropping and rebuilding its indexes and foreign keys.
        var import = new CustomerImport(db, harness.Events, harness.Clock) { BatchSize = 7, RebuildIndexesFrom = 50 };
        var result = await import.ImportAsync(dir.Path, false, Actor.CommandLine);

        Assert.True(result.IsSuccess, result.IsSuccess ? null : string.Join("; ", result.Errors));
        Assert.Equal(expected.Transactions.Count, result.Value.Counts.Transactions);
        Assert.True(expected.Transactions.Count > 7 * 10);
        Assert.Equal(expected.Customers.Select(c => (c.AccountId, c.Email)).Order(),
            (await db.Customers.AsNoTracking().Select(c => new { c.AccountId, c.Email }).ToListAsync()).Select(c => (c.AccountId, c.Email)).Order());
        Assert.Equal(expected.Transactions.Select(t => (t.TransactionId, t.AccountId, t.Amount)).Order(),
            (await db.Transactions.AsNoTracking().Select(t => new { t.TransactionId, t.AccountId, t.Amount }).ToListAsync())
                .Select(t => (t.TransactionId, t.AccountId, t.Amount)).Order());
        Assert.Equal(expected.Wallets.Count, await db.Wallets.CountAsync());
        Assert.Equal(expected.Logins.Count, await db.Logins.CountAsync());
        Assert.Equal(expected.Holdings.Count, await db.Holdings.CountAsync());
        Assert.Equal(expected.KycDocuments.Count, await db.KycDocuments.CountAsync());
        Assert.Equal(expected.ResidencePermits.Count, await db.ResidencePermits.CountAsync());
        Assert.Equal(indexesBefore, await IndexCountAsync(db, provider));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ImportAsync_DuplicateAndDanglingRowsInTheLastBatch_RollsBackEverythingAndNamesTheLines(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var first = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 30, Seed = 1 }).WriteDirectory(first.Path);
        await using var db = harness.NewContext();
        Assert.True((await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(first.Path, false, Actor.CommandLine)).IsSuccess);
        var transactionsBefore = await db.Transactions.CountAsync();
        var customersBefore = await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).Select(c => c.AccountId + c.Email).ToListAsync();

        using var second = new TempDirectory();
        new DemoDataGenerator(new DemoDataOptions { CustomerCount = 50, Seed = 2 }).WriteDirectory(second.Path);
        var path = second.File(CustomerDataFiles.Transactions);
        var lines = File.ReadAllLines(path).ToList();
        var header = lines[0].Split(',');
        var firstId = lines[1].Split(',')[0];
        var duplicate = lines[^1].Split(',');
        duplicate[0] = firstId;
        var dangling = lines[^1].Split(',');
        dangling[0] = "tx-dangling";
        dangling[Array.IndexOf(header, "account_id")] = "nobody";
        lines.Add(string.Join(',', duplicate));
        lines.Add(string.Join(',', dangling));
        File.WriteAllLines(path, lines);

        var import = new CustomerImport(db, harness.Events, harness.Clock) { BatchSize = 5, RebuildIndexesFrom = 20 };
        var result = await import.ImportAsync(second.Path, false, Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Equal(2, result.Errors.Count);
        var duplicateError = Assert.Single(result.Errors, e => e.Code == CustomerDataErrors.DuplicateKey);
        Assert.Equal($"transactions.csv line {lines.Count - 1}, field transaction_id: transaction '{firstId}' appears more than once", duplicateError.Message);
        var danglingError = Assert.Single(result.Errors, e => e.Code == CustomerDataErrors.UnknownAccount);
        Assert.Equal($"transactions.csv line {lines.Count}, field account_id: account 'nobody' is not in customers.csv and does not exist already", danglingError.Message);
        Assert.Equal(transactionsBefore, await db.Transactions.CountAsync());
        Assert.Equal(customersBefore, await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).Select(c => c.AccountId + c.Email).ToListAsync());
        Assert.Single(await harness.EventsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ImportAsync_IncrementalFiles_UpdateChangedCustomersAndAddNewTransactions(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var full = new TempDirectory();
        full.Write(CustomerDataFiles.Customers, CustomersHeader
            + "1001,Ivan,Ivanov,RU,active,2020-01-01T10:00:00Z,ivan@example.org\n"
            + "1002,Anna,Müller,DE,active,2021-03-04T12:00:00Z,anna@example.org\n");
        full.Write(CustomerDataFiles.Transactions, TransactionsHeader + "t1,1001,deposit,2021-01-01T00:00:00Z,BTC,0.5\n");
        await using var db = harness.NewContext();
        var import = new CustomerImport(db, harness.Events, harness.Clock);
        Assert.True((await import.ImportAsync(full.Path, false, Actor.CommandLine)).IsSuccess);

        // Only new transactions, for customers held already: no customers.csv at all.
        using var transactionsOnly = new TempDirectory();
        transactionsOnly.Write(CustomerDataFiles.Transactions, TransactionsHeader
            + "t2,1002,deposit,2022-01-01T00:00:00Z,ETH,2\n"
            + "t3,1001,withdrawal,2022-02-01T00:00:00Z,BTC,0.1\n");
        var added = await import.ImportAsync(transactionsOnly.Path, false, Actor.CommandLine);

        // One changed customer and a corrected transaction.
        using var changed = new TempDirectory();
        changed.Write(CustomerDataFiles.Customers, CustomersHeader + "1002,Anna,Schmidt,DE,closed,2021-03-04T12:00:00Z,anna@example.net\n");
        changed.Write(CustomerDataFiles.Transactions, TransactionsHeader + "t1,1001,deposit,2021-01-01T00:00:00Z,BTC,0.75\n");
        var updated = await import.ImportAsync(changed.Path, false, Actor.CommandLine);

        Assert.True(added.IsSuccess, added.IsSuccess ? null : string.Join("; ", added.Errors));
        Assert.Equal(2, added.Value.Counts.Transactions);
        Assert.Equal(0, added.Value.Counts.Customers);
        Assert.True(updated.IsSuccess, updated.IsSuccess ? null : string.Join("; ", updated.Errors));
        Assert.Equal(2, await db.Customers.CountAsync());
        var anna = await db.Customers.AsNoTracking().SingleAsync(c => c.AccountId == "1002");
        Assert.Equal(("Schmidt", "anna@example.net"), (anna.FamilyName, anna.Email));
        Assert.Equal("ivan@example.org", (await db.Customers.AsNoTracking().SingleAsync(c => c.AccountId == "1001")).Email);
        var transactions = await db.Transactions.AsNoTracking().OrderBy(t => t.TransactionId).Select(t => new { t.TransactionId, t.Amount }).ToListAsync();
        Assert.Equal(["t1", "t2", "t3"], transactions.Select(t => t.TransactionId));
        Assert.Equal(0.75m, transactions[0].Amount);
        Assert.Equal(3, (await harness.EventsAsync()).Count);
    }

    [Theory, SqliteData]
    public async Task ImportAsync_IncrementalItemOfUnknownCustomer_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        dir.Write(CustomerDataFiles.Transactions, TransactionsHeader + "t9,4711,deposit,2022-01-01T00:00:00Z,ETH,2\n");
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(dir.Path, false, Actor.CommandLine);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CustomerDataErrors.UnknownAccount, error.Code);
        Assert.StartsWith("transactions.csv line 2, field account_id: account '4711'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.EventsAsync());
    }

    [Theory, SqliteData]
    public async Task ImportAsync_ReplaceAllWithoutCustomersFile_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        dir.Write(CustomerDataFiles.Transactions, TransactionsHeader + "t9,4711,deposit,2022-01-01T00:00:00Z,ETH,2\n");
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(dir.Path, true, Actor.CommandLine);

        Assert.Equal(CustomerDataErrors.NotFound, Assert.Single(result.Errors).Code);
    }

    [Theory, SqliteData]
    public async Task ImportAsync_CustomerWithBadValue_ItsItemsAreNotReportedAsDangling(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        dir.Write(CustomerDataFiles.Customers, CustomersHeader + "1001,Ivan,Ivanov,RUS,active,2020-01-01T10:00:00Z,ivan@example.org\n");
        dir.Write(CustomerDataFiles.Transactions, TransactionsHeader + "t1,1001,deposit,2021-01-01T00:00:00Z,BTC,0.5\n");
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock).ImportAsync(dir.Path, false, Actor.CommandLine);

        var error = Assert.Single(result.Errors);
        Assert.Equal("residence_country", error.Field);
        Assert.StartsWith("customers.csv line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task ImportAsync_JsonWithDuplicateTransaction_NamesTheJsonFileLineAndProperty(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        using var dir = new TempDirectory();
        var json = dir.Write(CustomerDataFiles.Json, """
            {
              "formatVersion": 1,
              "customers": [
                {
                  "accountId": "1001", "givenName": "Ivan", "familyName": "Ivanov", "residenceCountry": "RU",
                  "status": "active", "openedAt": "2020-01-01T10:00:00Z",
                  "transactions": [
                    { "transactionId": "t1", "kind": "deposit", "occurredAt": "2021-01-01T00:00:00Z", "asset": "BTC", "amount": "0.5" },
                    { "transactionId": "t1", "kind": "deposit", "occurredAt": "2021-01-02T00:00:00Z", "asset": "BTC", "amount": "0.6" }
                  ]
                }
              ]
            }
            """);
        await using var db = harness.NewContext();

        var result = await new CustomerImport(db, harness.Events, harness.Clock) { BatchSize = 1 }.ImportAsync(json, false, Actor.CommandLine);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CustomerDataErrors.DuplicateKey, error.Code);
        Assert.Equal("customers.json line 9, field transactionId: transaction 't1' appears more than once", error.Message);
        Assert.Equal(0, await db.Customers.CountAsync());
    }

    private static async Task<int> IndexCountAsync(Storage.CustosDbContext db, string provider)
    {
        var sql = provider == "postgres"
            ? "SELECT COUNT(*)::int AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('customers','wallets','transactions','logins','holdings','kyc_documents','residence_permits')"
              + " UNION ALL SELECT COUNT(*)::int FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ('wallets','transactions','logins','holdings','kyc_documents','residence_permits')"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('customers','wallets','transactions','logins','holdings','kyc_documents','residence_permits')";
        return (await db.Database.SqlQueryRaw<int>(sql).ToListAsync()).Sum();
    }
}
