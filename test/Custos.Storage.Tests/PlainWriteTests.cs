using Custos.TestSupport;

namespace Custos.Storage.Tests;

/// <summary>A write on a plain connection commits or rolls back as a whole and, on SQLite, queues behind the process's other writers.</summary>
public class PlainWriteTests
{
    private static async Task<long> CountAsync(CustosDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sanctions_index_files";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task InsertAsync(PlainWrite write, string key)
    {
        await using var command = write.Connection.CreateCommand();
        command.Transaction = write.Transaction;
        command.CommandText = "INSERT INTO sanctions_index_files (key, versions, matcher, format, length, built_at, content) VALUES ('" + key +
            "', 'v', 'm', 1, 0, " + (write.Connection is Npgsql.NpgsqlConnection ? "now()" : "0") + ", " + (write.Connection is Npgsql.NpgsqlConnection ? "'\\x'" : "x''") + ")";
        await command.ExecuteNonQueryAsync();
    }

    [Theory, SqliteData, PostgresData]
    public async Task BeginPlainWrite_CommittedOrDisposedWithoutCommit_KeepsOrDropsEverything(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var write = await database.Database.BeginPlainWriteAsync())
        {
            await InsertAsync(write, "a");
            await InsertAsync(write, "b");
        }

        Assert.Equal(0, await CountAsync(database.Database));

        await using (var write = await database.Database.BeginPlainWriteAsync())
        {
            await InsertAsync(write, "a");
            await InsertAsync(write, "b");
            await write.CommitAsync();
        }

        Assert.Equal(2, await CountAsync(database.Database));
    }

    [Theory, SqliteData]
    public async Task BeginPlainWrite_OnSqlite_WaitsForTheProcesssOtherWriterToFinish(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.Database.BeginPlainWriteAsync();
        var second = database.Database.BeginPlainWriteAsync();

        await Task.Delay(200);
        Assert.False(second.IsCompleted);

        await InsertAsync(first, "a");
        await first.CommitAsync();
        await first.DisposeAsync();
        await using var next = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await InsertAsync(next, "b");
        await next.CommitAsync();
        Assert.Equal(2, await CountAsync(database.Database));
    }
}
