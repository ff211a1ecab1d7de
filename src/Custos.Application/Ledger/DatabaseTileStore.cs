using System.Data.Common;
using Custos.Ledger.Tiles;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Ledger;

/// <summary>
/// The integrator's tiles in PostgreSQL (<c>ledger_tiles</c>), so that every node serves the same bytes. Writes are held
/// in memory until <see cref="WritePendingAsync"/> stores them in the transaction that publishes the checkpoint covering
/// them: a tile becomes visible with its checkpoint, and a leader that lost its term writes nothing. Reads see the held
/// writes first. Tiles are a function of the sequenced entries alone, so a path written twice (by two leaders, one after
/// the other) holds the same bytes; different bytes for a full tile are refused, as by <see cref="FileSystemTileStore"/>.
/// </summary>
public sealed class DatabaseTileStore(CustosDatabase database) : ITileStore
{
    private readonly Dictionary<string, byte[]> _pending = new(StringComparer.Ordinal);

    /// <summary>Tiles written since the last <see cref="WritePendingAsync"/>.</summary>
    public int Pending => _pending.Count;

    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (_pending.TryGetValue(path, out var pending))
        {
            return pending;
        }

        await using var db = database.CreateContext();
        return await ReadAsync(db, path, cancellationToken);
    }

    public ValueTask WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        _pending[path] = data.ToArray();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Stores the held tiles in <paramref name="transaction"/> with one statement; call <see cref="ClearPending"/> once it
    /// commits. A full tile already stored must hold the same bytes.
    /// </summary>
    public async Task WritePendingAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_pending.Count == 0)
        {
            return;
        }

        var paths = _pending.Keys.ToArray();
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO ledger_tiles (path, data) SELECT * FROM unnest(@paths, @data) ON CONFLICT (path) DO NOTHING RETURNING path";
            AddParameter(insert, "@paths", paths);
            AddParameter(insert, "@data", paths.Select(p => _pending[p]).ToArray());
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetString(0));
            }
        }

        // A path already stored: a partial tile's path names its bytes; a full tile's are compared.
        var existingFull = paths.Where(p => !inserted.Contains(p) && IsFullTile(p)).ToArray();
        if (existingFull.Length == 0)
        {
            return;
        }

        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT path, data FROM ledger_tiles WHERE path = ANY(@paths)";
        AddParameter(select, "@paths", existingFull);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            var path = rows.GetString(0);
            if (!((byte[])rows.GetValue(1)).AsSpan().SequenceEqual(_pending[path]))
            {
                throw new InvalidOperationException($"Refusing to rewrite full tile '{path}' with different bytes.");
            }
        }
    }

    /// <summary>Forgets the held tiles once they are committed.</summary>
    public void ClearPending() => _pending.Clear();

    /// <summary>One stored tile, or null when there is none.</summary>
    public static async Task<byte[]?> ReadAsync(CustosDbContext db, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Database.SqlQuery<byte[]>($"SELECT data AS \"Value\" FROM ledger_tiles WHERE path = {path}").ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static bool IsFullTile(string path) => TileCoordinate.Parse(path) is { IsSuccess: true } tile && tile.Value.IsFull;

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
