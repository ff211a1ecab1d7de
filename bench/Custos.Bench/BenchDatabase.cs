using System.Data.Common;
using Custos.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Custos.Bench;

/// <summary>Where the bench runs: embedded SQLite in a temp folder, or a PostgreSQL server on which it creates a fresh database per measurement.</summary>
internal sealed class BenchDatabase(string? postgresServer)
{
    /// <summary>SQLite when <paramref name="value"/> is null; otherwise a PostgreSQL connection string or postgres:// URL (its database is only where the bench connects to create its own).</summary>
    public static BenchDatabase Parse(string? value)
    {
        if (value is null)
        {
            return new BenchDatabase(null);
        }

        if (value.StartsWith("postgres://", StringComparison.Ordinal) || value.StartsWith("postgresql://", StringComparison.Ordinal))
        {
            var uri = new Uri(value);
            var withDatabase = uri.AbsolutePath.Trim('/').Length == 0 ? value.TrimEnd('/') + "/postgres" : value;
            var parsed = DatabaseSettings.Parse(withDatabase);
            return new BenchDatabase(parsed.IsSuccess ? parsed.Value.ConnectionString : throw new ArgumentException(parsed.Error.Message, nameof(value)));
        }

        var builder = new NpgsqlConnectionStringBuilder(value);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        return new BenchDatabase(builder.ConnectionString);
    }

    /// <summary>The server and the settings that decide what a commit waits for.</summary>
    public async Task<string> DescribeAsync()
    {
        await using var database = await CreateAsync("describe");
        await using var connection = await database.Database.OpenConnectionAsync();
        if (postgresServer is null)
        {
            return $"SQLite {SqliteVersion(connection)}, journal_mode={await ScalarAsync(connection, "PRAGMA journal_mode")}, " +
                $"synchronous={await ScalarAsync(connection, "PRAGMA synchronous")} (2 = FULL: every commit syncs the WAL; 1 = NORMAL: synced at checkpoints only)";
        }

        return $"{await ScalarAsync(connection, "SELECT version()")}; fsync={await ScalarAsync(connection, "SHOW fsync")}, " +
            $"synchronous_commit={await ScalarAsync(connection, "SHOW synchronous_commit")}, wal_sync_method={await ScalarAsync(connection, "SHOW wal_sync_method")}, " +
            $"commit_delay={await ScalarAsync(connection, "SHOW commit_delay")}";
    }

    /// <summary>A fresh, migrated database, removed when disposed.</summary>
    public async Task<FreshDatabase> CreateAsync(string purpose)
    {
        if (postgresServer is null)
        {
            var folder = Directory.CreateTempSubdirectory("custos-bench-" + purpose).FullName;
            var sqlite = new CustosDatabase(DatabaseSettings.ForDataDirectory(folder));
            await sqlite.MigrateAsync();
            return new FreshDatabase(sqlite, folder, null);
        }

        var name = "custos_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(postgresServer))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            await create.ExecuteNonQueryAsync();
        }

        var settings = new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(postgresServer) { Database = name, MaxPoolSize = 200 }.ConnectionString);
        var postgres = new CustosDatabase(settings);
        await postgres.MigrateAsync();
        var folderForKeys = Directory.CreateTempSubdirectory("custos-bench-" + purpose).FullName;
        return new FreshDatabase(postgres, folderForKeys, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(postgresServer);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        });
    }

    private static string SqliteVersion(DbConnection connection) => ((SqliteConnection)connection).ServerVersion;

    private static async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
