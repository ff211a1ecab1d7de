using System.Data.Common;
using Custos.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Custos.Storage;

/// <summary>Opens connections and contexts for the configured database, and brings its schema up to date.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The write gate's semaphore allocates a wait handle only when a synchronous writer waits; the database object lives as long as the process.")]
public sealed class CustosDatabase(DatabaseSettings settings)
{
    public DatabaseSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>Queues this process's SQLite writers in arrival order (see <see cref="SqliteWriteGate"/>); null on PostgreSQL.</summary>
    private readonly SqliteWriteGate? _writeGate = settings?.Provider == DatabaseProvider.Sqlite ? new SqliteWriteGate() : null;

    /// <summary>Configures EF Core for this database.</summary>
    public void Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(Settings.ConnectionString).AddInterceptors(SqlitePragmas.Instance, _writeGate!);
        }
        else
        {
            builder.UseNpgsql(Settings.ConnectionString);
        }

        builder.UseSnakeCaseNamingConvention();
    }

    public DbContextOptions<CustosDbContext> ContextOptions()
    {
        var builder = new DbContextOptionsBuilder<CustosDbContext>();
        Configure(builder);
        return builder.Options;
    }

    public CustosDbContext CreateContext() => new(ContextOptions());

    /// <summary>A new, unopened ADO.NET connection (for migrations and bulk writes).</summary>
    public DbConnection CreateConnection() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(Settings.ConnectionString)
        : new NpgsqlConnection(Settings.ConnectionString);

    /// <summary>A new connection, opened, with the per-connection settings Custos applies to its own (SQLite: foreign keys, synced commits).</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                await SqlitePragmas.ApplyAsync(sqlite, persistent: false, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a plain connection and begins a transaction on it for a writer that does without EF Core (and its model), holding
    /// this process's SQLite write gate until the returned write is disposed, as a transaction begun through a context
    /// does; on SQLite the connection gets the pragmas a context's connection gets. Commit it with
    /// <see cref="PlainWrite.CommitAsync"/>; disposed without a commit, it rolls back.
    /// </summary>
    public async Task<PlainWrite> BeginPlainWriteAsync(CancellationToken cancellationToken = default)
    {
        if (_writeGate is not null)
        {
            await _writeGate.EnterPlainAsync(cancellationToken);
        }

        DbConnection? connection = null;
        try
        {
            connection = await OpenConnectionAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PlainWrite(connection, transaction, _writeGate is null ? null : _writeGate.ExitPlain);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _writeGate?.ExitPlain();
            throw;
        }
    }

    /// <summary>Creates the SQLite file's folder if needed and applies pending migrations. Safe to call at every start.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(Settings.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection sqlite)
        {
            await SqlitePragmas.ApplyAsync(sqlite, persistent: true, cancellationToken);
        }

        return await MigrationRunner.MigrateAsync(connection, Provider, cancellationToken);
    }

    /// <summary>Whether the database answers a trivial query.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Per-connection SQLite settings: WAL, foreign keys, and commits synced to disk.</summary>
    internal sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        // Pooled connections keep their settings: apply them once per underlying SQLite handle, not at every open.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

        private static bool FirstOpen(SqliteConnection connection) =>
            connection.Handle is { } handle && Configured.TryAdd(handle, Configured);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (connection is SqliteConnection sqlite && FirstOpen(sqlite))
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = ConnectionPragmas;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (connection is SqliteConnection sqlite && FirstOpen(sqlite))
            {
                await ApplyAsync(sqlite, persistent: false, cancellationToken);
            }
        }

        // WAL with synchronous=FULL: a commit returns only once the log is synced, so nothing acknowledged is lost even
        // on power loss, and a checkpoint is never published over entries that could still roll back (with NORMAL the
        // last commits may, and a witnessed checkpoint would then be ahead of the database). Writers that commit together
        // share a sync (the ledger's group commit). Foreign keys are off by default in SQLite.
        private const string ConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";

        public static async Task ApplyAsync(SqliteConnection connection, bool persistent, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = persistent ? "PRAGMA journal_mode = WAL; " + ConnectionPragmas : ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
