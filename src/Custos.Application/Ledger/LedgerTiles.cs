using Custos.Ledger.Tiles;
using Custos.Storage;

namespace Custos.Application.Ledger;

/// <summary>
/// Where the log's tiles live: on PostgreSQL in the database (<see cref="DatabaseTileStore"/>), so that any number of
/// nodes serve the same bytes; on SQLite (one machine) in the ledger folder, laid out like the URL space, beside the
/// <c>checkpoint</c> file, so that a copy of the folder can be verified offline.
/// </summary>
public static class LedgerTiles
{
    /// <summary>Whether tiles are kept in the database rather than the ledger folder.</summary>
    public static bool InDatabase(DatabaseProvider provider) => provider == DatabaseProvider.Postgres;

    /// <summary>The store the integrator writes to.</summary>
    public static ITileStore StoreFor(CustosDatabase database, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        return InDatabase(database.Provider) ? new DatabaseTileStore(database) : new FileSystemTileStore(options.LedgerDirectory);
    }

    /// <summary>A reader of the published tiles through <paramref name="db"/>.</summary>
    public static ITileReader ReaderFor(CustosDbContext db, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        return Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions.IsNpgsql(db.Database)
            ? new ContextTileReader(db)
            : new FileSystemTileStore(options.LedgerDirectory);
    }

    private sealed class ContextTileReader(CustosDbContext db) : ITileReader
    {
        public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken) =>
            await DatabaseTileStore.ReadAsync(db, path, cancellationToken);
    }
}
