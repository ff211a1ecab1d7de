using Custos.Storage;
using Npgsql;

namespace Custos.TestSupport;

/// <summary>A fresh, migrated database for one test, on SQLite (a temp file) or PostgreSQL (a new database), removed after.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;
    private readonly string? _directory;

    private TestDatabase(CustosDatabase database, string? postgresName, string? directory)
    {
        Database = database;
        _postgresName = postgresName;
        _directory = directory;
    }

    public CustosDatabase Database { get; }

    public DatabaseSettings Settings => Database.Settings;

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>Creates an empty database (not migrated).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var directory = TestEnvironment.NewTempDirectory("db");
            return new TestDatabase(new CustosDatabase(DatabaseSettings.ForDataDirectory(directory)), null, directory);
        }

        var admin = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException("CUSTOS_REQUIRE_POSTGRES=1 but CUSTOS_TEST_POSTGRES is not set: no PostgreSQL server to test on.");
        var name = "custos_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new CustosDatabase(new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString)), name, null);
    }

    /// <summary>Creates a database with the current schema.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = await CreateEmptyAsync(provider);
        await database.Database.MigrateAsync();
        return database;
    }

    public CustosDbContext CreateContext() => Database.CreateContext();

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on another thread; the temp folder is cleaned by the OS eventually.
            }
        }
    }
}
