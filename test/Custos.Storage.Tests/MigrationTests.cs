using Custos.Storage;
using Custos.Storage.Migrations;
using Custos.TestSupport;

namespace Custos.Storage.Tests;

public class MigrationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptOnce(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var first = await database.Database.MigrateAsync();
        var second = await database.Database.MigrateAsync();

        var expected = MigrationRunner.ScriptsFor(database.Provider).Select(s => s.Version).ToList();
        Assert.Equal(expected, first);
        Assert.Empty(second);
        await using var connection = database.Database.CreateConnection();
        await connection.OpenAsync();
        Assert.Equal(expected.Max(), await MigrationRunner.CurrentVersionAsync(connection));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Model_AfterMigration_MatchesEveryMappedTable(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        // Querying every entity set reads every mapped column: a column missing from the scripts fails here.
        Assert.Equal(0, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Customers));
        Assert.Empty(db.ResidencePermits.ToList());
        Assert.Empty(db.KycDocuments.ToList());
        Assert.Empty(db.Wallets.ToList());
        Assert.Empty(db.Transactions.ToList());
        Assert.Empty(db.Logins.ToList());
        Assert.Empty(db.Holdings.ToList());
        Assert.Empty(db.CustomerImports.ToList());
        Assert.Empty(db.StaffUsers.ToList());
        Assert.Empty(db.ApiKeys.ToList());
        Assert.Empty(db.LedgerEvents.ToList());
        Assert.Empty(db.Officers.ToList());
        Assert.Empty(db.SignInSessions.ToList());
    }

    [Fact]
    public void ScriptsFor_BothProviders_HaveTheSameVersionsAndNames()
    {
        var sqlite = MigrationRunner.ScriptsFor(DatabaseProvider.Sqlite).Select(s => (s.Version, s.Name));
        var postgres = MigrationRunner.ScriptsFor(DatabaseProvider.Postgres).Select(s => (s.Version, s.Name));
        Assert.Equal(sqlite, postgres);
    }
}
