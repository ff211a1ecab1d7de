using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Custos.Storage.Bulk;

/// <summary>
/// A temporary table shaped like <see cref="BulkTable{T}"/>'s table plus the source line of each row, filled in batches
/// inside the caller's transaction (binary COPY on PostgreSQL, prepared multi-row INSERTs on SQLite), checked in SQL and
/// then merged into the real table with one INSERT … ON CONFLICT. Only one batch is ever held in memory.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class StagingTable<T>
{
    /// <summary>Rows per multi-row INSERT on SQLite (well under its 32,766 parameters for every table here).</summary>
    private const int SqliteRowsPerStatement = 64;

    private readonly BulkTable<T> _table;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int _batchSize;
    private readonly int _rebuildFrom;
    private readonly List<(long Line, T Row)> _buffer;
    private SqliteCommand? _multiRow;
    private SqliteCommand? _singleRow;

    /// <param name="rebuildFrom">Fewest rows for which an empty PostgreSQL table is loaded by rebuilding its indexes.</param>
    public StagingTable(BulkTable<T> table, DbConnection connection, DbTransaction transaction, int batchSize, int rebuildFrom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _table = table;
        _connection = connection;
        _transaction = transaction;
        _batchSize = batchSize;
        _rebuildFrom = rebuildFrom;
        _buffer = new List<(long, T)>(Math.Min(batchSize, 65_536));
    }

    public string Name => "import_" + _table.Name;

    public BulkTable<T> Table => _table;

    /// <summary>Rows staged so far (flushed or buffered).</summary>
    public int Rows { get; private set; }

    /// <summary>Batches written so far.</summary>
    public int Batches { get; private set; }

    private bool IsPostgres => _connection is NpgsqlConnection;

    private string Columns => string.Join(", ", _table.Columns.Select(c => c.Column));

    public Task CreateAsync(CancellationToken cancellationToken) => ExecuteAsync(IsPostgres
        ? $"CREATE TEMP TABLE {Name} ON COMMIT DROP AS SELECT CAST(0 AS bigint) AS line, {Columns} FROM {_table.Name} WITH NO DATA"
        : $"DROP TABLE IF EXISTS temp.{Name}; CREATE TEMP TABLE {Name} AS SELECT 0 AS line, {Columns} FROM {_table.Name} WHERE 0",
        cancellationToken);

    /// <summary>Adds a row; writes the batch when it is full.</summary>
    public ValueTask AddAsync(long line, T row, CancellationToken cancellationToken)
    {
        _buffer.Add((line, row));
        Rows++;
        return _buffer.Count >= _batchSize ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Counts a batch of <paramref name="rows"/> sent directly (a COPY text chunk).</summary>
    public void Copied(int rows)
    {
        Rows += rows;
        Batches++;
    }

    /// <summary>Writes the rows buffered so far as one batch.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        if (_connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, cancellationToken);
        }
        else
        {
            await InsertSqliteAsync(cancellationToken);
        }

        Batches++;
        _buffer.Clear();
    }

    public Task IndexAsync(string column, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE INDEX ix_{Name}_{column} ON {Name} ({column})", cancellationToken);

    /// <summary>
    /// Rows whose key an earlier row (by line) already has: each later occurrence with its line and its key values as
    /// text, in line order, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<(long Line, string[] Values)>> DuplicatesAsync(IReadOnlyList<string> show, int limit, CancellationToken cancellationToken)
    {
        var key = _table.Key;
        var join = string.Join(" AND ", key.Select(k => $"s.{k} = d.{k}"));
        var values = string.Join(", ", show.Select(c => $"CAST(s.{c} AS TEXT)"));
        var sql = $"""
            SELECT s.line, {values} FROM {Name} s
            JOIN (SELECT {string.Join(", ", key)}, MIN(line) AS first_line FROM {Name} GROUP BY {string.Join(", ", key)} HAVING COUNT(*) > 1) d
              ON {join} AND s.line > d.first_line
            ORDER BY s.line LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        return await QueryAsync(sql, show.Count, cancellationToken);
    }

    /// <summary>Rows whose account id is neither staged in <paramref name="customers"/> nor in the customers table, in line order.</summary>
    public async Task<IReadOnlyList<(long Line, string[] Values)>> UnknownAccountsAsync(string customers, int limit, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT s.line, s.account_id FROM {Name} s
            WHERE NOT EXISTS (SELECT 1 FROM {customers} c WHERE c.account_id = s.account_id)
              AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.account_id = s.account_id)
            ORDER BY s.line LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        return await QueryAsync(sql, 1, cancellationToken);
    }

    /// <summary>
    /// Upserts every staged row into the real table by its natural key. On PostgreSQL, when the table is empty (a first
    /// import or a full replacement) and the rows are many, its secondary indexes and foreign keys are dropped, the rows
    /// inserted plainly (the keys were checked unique) and the indexes and keys rebuilt: one sort per index instead of
    /// one B-tree descent per row. That holds an exclusive lock on the table until the import commits.
    /// </summary>
    public async Task MergeAsync(CancellationToken cancellationToken)
    {
        if (IsPostgres && Rows >= _rebuildFrom && await IsEmptyAsync(cancellationToken))
        {
            await LoadEmptyPostgresAsync(cancellationToken);
            return;
        }

        await ExecuteAsync(_table.UpsertSql($"SELECT {Columns} FROM {Name} WHERE true"), cancellationToken);
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"SELECT NOT EXISTS (SELECT 1 FROM {_table.Name})";
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task LoadEmptyPostgresAsync(CancellationToken cancellationToken)
    {
        // Secondary indexes (not those behind a primary key or unique constraint) and this table's own foreign keys.
        var indexes = await QueryAsync($"""
            SELECT 0, i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = '{_table.Name}'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
            """, 2, cancellationToken);
        var foreignKeys = await QueryAsync($"""
            SELECT 0, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = '{_table.Name}'::regclass AND contype = 'f'
            """, 2, cancellationToken);
        foreach (var (_, fk) in foreignKeys)
        {
            await ExecuteAsync($"ALTER TABLE {_table.Name} DROP CONSTRAINT {fk[0]}", cancellationToken);
        }

        foreach (var (_, index) in indexes)
        {
            await ExecuteAsync($"DROP INDEX {index[0]}", cancellationToken);
        }

        await ExecuteAsync($"INSERT INTO {_table.Name} ({Columns}) SELECT {Columns} FROM {Name}", cancellationToken);
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var (_, index) in indexes)
        {
            await ExecuteAsync(index[1], cancellationToken);
        }

        foreach (var (_, fk) in foreignKeys)
        {
            await ExecuteAsync($"ALTER TABLE {_table.Name} ADD CONSTRAINT {fk[0]} {fk[1]}", cancellationToken);
        }
    }

    /// <summary>Removes the table (SQLite keeps temporary tables until the connection closes; PostgreSQL drops them at commit).</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        if (_multiRow is not null)
        {
            await _multiRow.DisposeAsync();
        }

        if (_singleRow is not null)
        {
            await _singleRow.DisposeAsync();
        }

        if (!IsPostgres)
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS temp.{Name}", cancellationToken);
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Name} (line, {Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (line, row) in _buffer)
        {
            var values = _table.Values(row);
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                await BulkWriter.WritePostgresAsync(importer, values[i], _table.Columns[i].Kind, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task InsertSqliteAsync(CancellationToken cancellationToken)
    {
        var index = 0;
        while (_buffer.Count - index >= SqliteRowsPerStatement)
        {
            _multiRow ??= PrepareSqlite(SqliteRowsPerStatement);
            Bind(_multiRow, index, SqliteRowsPerStatement);
            await _multiRow.ExecuteNonQueryAsync(cancellationToken);
            index += SqliteRowsPerStatement;
        }

        for (; index < _buffer.Count; index++)
        {
            _singleRow ??= PrepareSqlite(1);
            Bind(_singleRow, index, 1);
            await _singleRow.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteCommand PrepareSqlite(int rows)
    {
        var command = (SqliteCommand)_connection.CreateCommand();
        command.Transaction = (SqliteTransaction)_transaction;
        var width = _table.Columns.Count + 1;
        var tuples = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[width];
            for (var c = 0; c < width; c++)
            {
                names[c] = "$p" + (r * width + c).ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(new SqliteParameter { ParameterName = names[c] });
            }

            tuples.Add("(" + string.Join(", ", names) + ")");
        }

        command.CommandText = $"INSERT INTO {Name} (line, {Columns}) VALUES {string.Join(", ", tuples)}";
        command.Prepare();
        return command;
    }

    private void Bind(SqliteCommand command, int start, int rows)
    {
        var width = _table.Columns.Count + 1;
        for (var r = 0; r < rows; r++)
        {
            var (line, row) = _buffer[start + r];
            var values = _table.Values(row);
            command.Parameters[r * width].Value = line;
            for (var c = 0; c < values.Length; c++)
            {
                command.Parameters[r * width + c + 1].Value = BulkWriter.ToSqlite(values[c], _table.Columns[c].Kind) ?? DBNull.Value;
            }
        }
    }

    private async Task<IReadOnlyList<(long Line, string[] Values)>> QueryAsync(string sql, int width, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var rows = new List<(long, string[])>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string[width];
            for (var i = 0; i < width; i++)
            {
                values[i] = reader.IsDBNull(i + 1) ? "" : reader.GetString(i + 1);
            }

            rows.Add((reader.GetInt64(0), values));
        }

        return rows;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken) => BulkCommands.ExecuteAsync(_connection, _transaction, sql, cancellationToken);
}
