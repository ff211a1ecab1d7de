using System.Data.Common;
using Custos.Domain.Customers;
using Custos.Storage.Bulk;
using Npgsql;

namespace Custos.Storage.Customers;

/// <summary>
/// A streaming customer import inside the caller's transaction: records arrive one at a time and are written in batches
/// to temporary staging tables (so memory holds one batch per table, whatever the size of the import); then duplicate
/// keys and dangling account references are found in SQL; then everything is upserted by natural key into the real
/// tables. With <c>replaceAll</c> the data held before is removed first, in the same transaction.
/// <para>
/// On PostgreSQL a first load (every customer table empty) or a full replacement of a large data set may instead be a
/// <see cref="DirectLoad"/>: the tables are truncated in the transaction and stripped of their keys and indexes, rows are
/// copied straight into them (<c>COPY … FREEZE</c>, no staging, no second write), and rebuilding the primary keys and
/// foreign keys is the duplicate and reference check (<see cref="FinishDirectLoadAsync"/>). It cannot name the line of a
/// problem: when it finds one, the caller rolls back and imports again through the staging tables, which can.
/// </para>
/// </summary>
public sealed class CustomerStaging
{
    /// <summary>The default of <c>rebuildFrom</c>: below this, maintaining the indexes row by row is as fast.</summary>
    public const int DefaultRebuildFrom = 100_000;

    private readonly StagingTable<Customer> _customers;
    private readonly StagingTable<ResidencePermit> _permits;
    private readonly StagingTable<KycDocument> _documents;
    private readonly StagingTable<Wallet> _wallets;
    private readonly StagingTable<Transaction> _transactions;
    private readonly StagingTable<LoginEvent> _logins;
    private readonly StagingTable<Holding> _holdings;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<string, (string Command, Action<int> Copied)> _copies = new(StringComparer.Ordinal);
    private readonly List<(string Table, string Name, string Definition)> _keys = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private readonly List<string> _indexes = [];
    private readonly List<(string Step, TimeSpan Elapsed)> _timings = [];

    private CustomerStaging(DbConnection connection, DbTransaction transaction, DateTimeOffset importedAt, int batchSize, int rebuildFrom, bool directLoad)
    {
        _connection = connection;
        _transaction = transaction;
        BatchSize = batchSize;
        DirectLoad = directLoad;
        _customers = new(CustomerTables.Customers(importedAt), connection, transaction, batchSize, rebuildFrom);
        _permits = new(CustomerTables.ResidencePermits, connection, transaction, batchSize, rebuildFrom);
        _documents = new(CustomerTables.KycDocuments, connection, transaction, batchSize, rebuildFrom);
        _wallets = new(CustomerTables.Wallets, connection, transaction, batchSize, rebuildFrom);
        _transactions = new(CustomerTables.Transactions, connection, transaction, batchSize, rebuildFrom);
        _logins = new(CustomerTables.Logins, connection, transaction, batchSize, rebuildFrom);
        _holdings = new(CustomerTables.Holdings, connection, transaction, batchSize, rebuildFrom);
        Register(_customers);
        Register(_permits);
        Register(_documents);
        Register(_wallets);
        Register(_transactions);
        Register(_logins);
        Register(_holdings);
    }

    /// <summary>
    /// Whether rows are copied straight into the real tables (PostgreSQL, a first load or a full replacement; see the
    /// class summary) rather than into staging tables.
    /// </summary>
    public bool DirectLoad { get; }

    /// <summary>Whether records are sent as COPY text chunks (<see cref="CreateBatcher"/>, <see cref="CopyAsync"/>): PostgreSQL.</summary>
    public bool CopiesText => _connection is NpgsqlConnection;

    /// <summary>How long each step of <see cref="FinishDirectLoadAsync"/> took (analyze, each key, each index).</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Timings => _timings;

    /// <summary>Rows per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Batches written to the staging tables so far.</summary>
    public int Batches => _customers.Batches + _permits.Batches + _documents.Batches + _wallets.Batches + _transactions.Batches
        + _logins.Batches + _holdings.Batches;

    /// <summary>Removes everything held before (with <paramref name="replaceAll"/>) and creates the staging tables.</summary>
    /// <param name="rebuildFrom">
    /// On PostgreSQL, a table that is empty when merged and receives at least this many rows is loaded without its
    /// secondary indexes and foreign keys, which are rebuilt afterwards.
    /// </param>
    /// <param name="tryDirectLoad">
    /// On PostgreSQL, make a full replacement or an import into empty tables a <see cref="DirectLoad"/>; every customer
    /// table is then locked exclusively until the transaction ends.
    /// </param>
    public static async Task<CustomerStaging> BeginAsync(
        DbConnection connection, DbTransaction transaction, bool replaceAll, DateTimeOffset importedAt, int batchSize,
        int rebuildFrom = DefaultRebuildFrom, bool tryDirectLoad = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        if (tryDirectLoad && connection is NpgsqlConnection && await CanLoadDirectlyAsync(connection, transaction, replaceAll, cancellationToken))
        {
            var direct = new CustomerStaging(connection, transaction, importedAt, batchSize, rebuildFrom, directLoad: true);
            await direct.StripAsync(cancellationToken);
            return direct;
        }

        if (replaceAll)
        {
            foreach (var table in CustomerTables.DeleteOrder)
            {
                await BulkCommands.ExecuteAsync(connection, transaction, $"DELETE FROM {table}", cancellationToken);
            }
        }

        var staging = new CustomerStaging(connection, transaction, importedAt, batchSize, rebuildFrom, directLoad: false);
        await staging._customers.CreateAsync(cancellationToken);
        await staging._permits.CreateAsync(cancellationToken);
        await staging._documents.CreateAsync(cancellationToken);
        await staging._wallets.CreateAsync(cancellationToken);
        await staging._transactions.CreateAsync(cancellationToken);
        await staging._logins.CreateAsync(cancellationToken);
        await staging._holdings.CreateAsync(cancellationToken);
        return staging;
    }

    /// <summary>
    /// After a large import on PostgreSQL (outside its transaction): <c>VACUUM (ANALYZE)</c> of the customer tables, so
    /// that the planner knows their new sizes and index-only scans (the counterparty counts) need not visit the table
    /// for every row, as they must until the visibility map is set.
    /// </summary>
    public static async Task VacuumAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not Npgsql.NpgsqlConnection)
        {
            return;
        }

        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "VACUUM (ANALYZE) " + string.Join(", ", CustomerTables.DeleteOrder);
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>A batcher that formats records on the calling thread into chunks for <see cref="CopyAsync"/>.</summary>
    public CustomerCopyBatcher CreateBatcher(Action<CopyChunk> emit)
    {
        ArgumentNullException.ThrowIfNull(emit);
        return new CustomerCopyBatcher(this, emit);
    }

    /// <summary>Sends one chunk (on the import's connection and transaction) and gives its buffer back.</summary>
    public async Task CopyAsync(CopyChunk chunk, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        try
        {
            await using (var writer = await ((NpgsqlConnection)_connection).BeginTextImportAsync(chunk.Command, cancellationToken))
            {
                await writer.WriteAsync(chunk.Text.AsMemory(0, chunk.Length), cancellationToken);
            }

            _copies[chunk.Table].Copied(chunk.Rows);
        }
        finally
        {
            chunk.Release();
        }
    }

    /// <summary>
    /// Ends a <see cref="DirectLoad"/>: puts the primary keys back (a duplicate key fails), then the foreign keys (an
    /// item whose account is not a customer fails), then the other indexes. False when a key or reference fails: the
    /// transaction is then aborted and must be rolled back.
    /// </summary>
    public async Task<bool> FinishDirectLoadAsync(IProgress<(string Table, int Rows)>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!DirectLoad)
        {
            throw new InvalidOperationException("Not a direct load.");
        }

        // Sorts in memory where they fit; PostgreSQL builds each index with its parallel maintenance workers.
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '512MB'", cancellationToken);
        await TimedAsync("analyze", "ANALYZE " + string.Join(", ", CustomerTables.DeleteOrder), cancellationToken);
        try
        {
            foreach (var (table, name, definition) in _keys.Concat(_foreignKeys))
            {
                progress?.Report((table, 0));
                await TimedAsync(name, $"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}", cancellationToken);
            }
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            return false;
        }

        foreach (var index in _indexes)
        {
            await TimedAsync(index.Split(' ')[2], index, cancellationToken);
        }

        return true;
    }

    private async Task TimedAsync(string step, string sql, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await ExecuteAsync(sql, cancellationToken);
        _timings.Add((step, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
    }

    internal (string Table, object?[] Values, IReadOnlyList<(string Column, ColumnKind Kind)> Columns) ValuesOf(object record) => record switch
    {
        Customer customer => Of(_customers, customer),
        ResidencePermit permit => Of(_permits, permit),
        KycDocument document => Of(_documents, document),
        Wallet wallet => Of(_wallets, wallet),
        Transaction transaction => Of(_transactions, transaction),
        LoginEvent login => Of(_logins, login),
        Holding holding => Of(_holdings, holding),
        _ => throw new ArgumentException($"Not a customer data record: {record?.GetType().Name ?? "null"}.", nameof(record)),
    };

    internal string CopyCommand(string table) => _copies[table].Command;

    private static (string, object?[], IReadOnlyList<(string, ColumnKind)>) Of<T>(StagingTable<T> table, T row) =>
        (table.Table.Name, table.Table.Values(row), table.Table.Columns);

    private void Register<T>(StagingTable<T> table)
    {
        var columns = string.Join(", ", table.Table.Columns.Select(c => c.Column));
        var command = DirectLoad
            ? $"COPY {table.Table.Name} ({columns}) FROM STDIN (FORMAT text, FREEZE)"
            : $"COPY {table.Name} (line, {columns}) FROM STDIN (FORMAT text)";
        _copies[table.Table.Name] = (command, table.Copied);
    }

    /// <summary>
    /// Whether every customer table is empty (or is to be replaced) once they are locked exclusively: another import
    /// cannot slip in between the check and the load.
    /// </summary>
    private static async Task<bool> CanLoadDirectlyAsync(DbConnection connection, DbTransaction transaction, bool replaceAll, CancellationToken cancellationToken)
    {
        var anyRows = "SELECT " + string.Join(" OR ", CustomerTables.DeleteOrder.Select(t => $"EXISTS (SELECT 1 FROM {t})"));
        if (!replaceAll && await BulkCommands.ScalarAsync<bool>(connection, transaction, anyRows, cancellationToken))
        {
            return false; // an incremental import into data held already: upsert through staging, readers undisturbed
        }

        await BulkCommands.ExecuteAsync(connection, transaction, $"LOCK TABLE {string.Join(", ", CustomerTables.DeleteOrder)} IN ACCESS EXCLUSIVE MODE", cancellationToken);
        return replaceAll || !await BulkCommands.ScalarAsync<bool>(connection, transaction, anyRows, cancellationToken);
    }

    /// <summary>
    /// Empties the customer tables (TRUNCATE, which lets COPY write frozen rows) and drops their foreign keys, keys and
    /// indexes, remembering each definition for <see cref="FinishDirectLoadAsync"/>.
    /// </summary>
    private async Task StripAsync(CancellationToken cancellationToken)
    {
        var tables = string.Join(", ", CustomerTables.DeleteOrder.Select(t => $"'{t}'"));
        await using (var command = _connection.CreateCommand())
        {
            command.Transaction = _transaction;
            command.CommandText = $"""
                SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype FROM pg_constraint c
                WHERE c.conrelid IN (SELECT oid FROM pg_class WHERE relname IN ({tables}) AND relnamespace = current_schema()::regnamespace)
                  AND c.contype IN ('p', 'u', 'f')
                ORDER BY c.contype = 'f', c.conrelid::regclass::text = 'customers' DESC, c.conname
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var constraint = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                (reader.GetChar(3) == 'f' ? _foreignKeys : _keys).Add(constraint);
            }
        }

        var indexes = new List<string>();
        await using (var command = _connection.CreateCommand())
        {
            command.Transaction = _transaction;
            command.CommandText = $"""
                SELECT quote_ident(i.indexname), i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename IN ({tables})
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
                ORDER BY i.tablename, i.indexname
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add(reader.GetString(0));
                _indexes.Add(reader.GetString(1));
            }
        }

        await ExecuteAsync($"TRUNCATE {string.Join(", ", CustomerTables.DeleteOrder)}", cancellationToken);
        foreach (var (table, name, _) in _foreignKeys.Concat(_keys.AsEnumerable().Reverse()))
        {
            await ExecuteAsync($"ALTER TABLE {table} DROP CONSTRAINT {name}", cancellationToken);
        }

        foreach (var index in indexes)
        {
            await ExecuteAsync($"DROP INDEX {index}", cancellationToken);
        }
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken) => BulkCommands.ExecuteAsync(_connection, _transaction, sql, cancellationToken);

    /// <summary>Stages one record with the source line that errors about it should name.</summary>
    public ValueTask AddAsync(object record, long line, CancellationToken cancellationToken = default) => record switch
    {
        Customer customer => _customers.AddAsync(line, customer, cancellationToken),
        ResidencePermit permit => _permits.AddAsync(line, permit, cancellationToken),
        KycDocument document => _documents.AddAsync(line, document, cancellationToken),
        Wallet wallet => _wallets.AddAsync(line, wallet, cancellationToken),
        Transaction transaction => _transactions.AddAsync(line, transaction, cancellationToken),
        LoginEvent login => _logins.AddAsync(line, login, cancellationToken),
        Holding holding => _holdings.AddAsync(line, holding, cancellationToken),
        _ => throw new ArgumentException($"Not a customer data record: {record?.GetType().Name ?? "null"}.", nameof(record)),
    };

    /// <summary>Writes the part batches still buffered.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _customers.FlushAsync(cancellationToken);
        await _permits.FlushAsync(cancellationToken);
        await _documents.FlushAsync(cancellationToken);
        await _wallets.FlushAsync(cancellationToken);
        await _transactions.FlushAsync(cancellationToken);
        await _logins.FlushAsync(cancellationToken);
        await _holdings.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Finds (after <see cref="FlushAsync"/>) the rows whose natural key repeats an earlier row's and the items whose
    /// account is neither staged nor held already: at most <paramref name="limit"/>, table by table in file order.
    /// </summary>
    public async Task<IReadOnlyList<StagingProblem>> CheckAsync(int limit, CancellationToken cancellationToken = default)
    {
        var problems = new List<StagingProblem>();
        async Task Duplicates<T>(StagingTable<T> table)
        {
            if (problems.Count < limit && table.Rows > 1)
            {
                foreach (var (line, values) in await table.DuplicatesAsync(table.Table.Key, limit - problems.Count, cancellationToken))
                {
                    problems.Add(new StagingProblem(table.Table.Name, StagingProblemKind.DuplicateKey, line, values));
                }
            }
        }

        async Task References<T>(StagingTable<T> table)
        {
            if (problems.Count < limit && table.Rows > 0)
            {
                foreach (var (line, values) in await table.UnknownAccountsAsync(_customers.Name, limit - problems.Count, cancellationToken))
                {
                    problems.Add(new StagingProblem(table.Table.Name, StagingProblemKind.UnknownAccount, line, values));
                }
            }
        }

        await _customers.IndexAsync("account_id", cancellationToken);
        await Duplicates(_customers);
        await Duplicates(_permits);
        await References(_permits);
        await Duplicates(_documents);
        await References(_documents);
        await Duplicates(_wallets);
        await References(_wallets);
        await Duplicates(_transactions);
        await References(_transactions);
        await Duplicates(_logins);
        await References(_logins);
        await Duplicates(_holdings);
        await References(_holdings);
        return problems;
    }

    /// <summary>Upserts every staged row into the real tables (customers first) and drops the staging tables.</summary>
    /// <remarks>After a <see cref="DirectLoad"/> the rows are in place already: this only counts them.</remarks>
    public async Task<CustomerWriteCounts> MergeAsync(IProgress<(string Table, int Rows)>? progress = null, CancellationToken cancellationToken = default)
    {
        if (DirectLoad)
        {
            return new CustomerWriteCounts(_customers.Rows, _permits.Rows, _documents.Rows, _wallets.Rows, _transactions.Rows, _logins.Rows, _holdings.Rows);
        }

        async Task<int> Merge<T>(StagingTable<T> table)
        {
            progress?.Report((table.Table.Name, 0));
            if (table.Rows > 0)
            {
                await table.MergeAsync(cancellationToken);
            }

            progress?.Report((table.Table.Name, table.Rows));
            return table.Rows;
        }

        var counts = new CustomerWriteCounts(
            await Merge(_customers), await Merge(_permits), await Merge(_documents), await Merge(_wallets),
            await Merge(_transactions), await Merge(_logins), await Merge(_holdings));
        await _customers.DropAsync(cancellationToken);
        await _permits.DropAsync(cancellationToken);
        await _documents.DropAsync(cancellationToken);
        await _wallets.DropAsync(cancellationToken);
        await _transactions.DropAsync(cancellationToken);
        await _logins.DropAsync(cancellationToken);
        await _holdings.DropAsync(cancellationToken);
        return counts;
    }
}
