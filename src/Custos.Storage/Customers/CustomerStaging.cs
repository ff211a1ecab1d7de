using System.Data.Common;
using Custos.Domain.Customers;
using Custos.Storage.Bulk;

namespace Custos.Storage.Customers;

/// <summary>
/// A streaming customer import inside the caller's transaction: records arrive one at a time and are written in batches
/// to temporary staging tables (so memory holds one batch per table, whatever the size of the import); then duplicate
/// keys and dangling account references are found in SQL; then everything is upserted by natural key into the real
/// tables. With <c>replaceAll</c> the data held before is removed first, in the same transaction.
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

    private CustomerStaging(DbConnection connection, DbTransaction transaction, DateTimeOffset importedAt, int batchSize, int rebuildFrom)
    {
        _customers = new(CustomerTables.Customers(importedAt), connection, transaction, batchSize, rebuildFrom);
        _permits = new(CustomerTables.ResidencePermits, connection, transaction, batchSize, rebuildFrom);
        _documents = new(CustomerTables.KycDocuments, connection, transaction, batchSize, rebuildFrom);
        _wallets = new(CustomerTables.Wallets, connection, transaction, batchSize, rebuildFrom);
        _transactions = new(CustomerTables.Transactions, connection, transaction, batchSize, rebuildFrom);
        _logins = new(CustomerTables.Logins, connection, transaction, batchSize, rebuildFrom);
        _holdings = new(CustomerTables.Holdings, connection, transaction, batchSize, rebuildFrom);
    }

    /// <summary>Batches written to the staging tables so far.</summary>
    public int Batches => _customers.Batches + _permits.Batches + _documents.Batches + _wallets.Batches + _transactions.Batches
        + _logins.Batches + _holdings.Batches;

    /// <summary>Removes everything held before (with <paramref name="replaceAll"/>) and creates the staging tables.</summary>
    /// <param name="rebuildFrom">
    /// On PostgreSQL, a table that is empty when merged and receives at least this many rows is loaded without its
    /// secondary indexes and foreign keys, which are rebuilt afterwards.
    /// </param>
    public static async Task<CustomerStaging> BeginAsync(
        DbConnection connection, DbTransaction transaction, bool replaceAll, DateTimeOffset importedAt, int batchSize,
        int rebuildFrom = DefaultRebuildFrom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        if (replaceAll)
        {
            foreach (var table in CustomerTables.DeleteOrder)
            {
                await using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM {table}";
                delete.CommandTimeout = 0;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var staging = new CustomerStaging(connection, transaction, importedAt, batchSize, rebuildFrom);
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
    public async Task<CustomerWriteCounts> MergeAsync(IProgress<(string Table, int Rows)>? progress = null, CancellationToken cancellationToken = default)
    {
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
