using System.Data.Common;
using Custos.Domain.Customers;
using Custos.Storage.Bulk;

namespace Custos.Storage.Customers;

/// <summary>
/// Writes a validated customer data set into the database inside the caller's transaction: an upsert by each table's
/// natural key, or, with <c>replaceAll</c>, a full snapshot that first removes everything held before.
/// </summary>
public static class CustomerStore
{
    public static async Task<CustomerWriteCounts> WriteAsync(
        DbConnection connection, DbTransaction transaction, CustomerDataSet data, bool replaceAll, DateTimeOffset importedAt,
        IProgress<(string Table, int Rows)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(data);
        if (replaceAll)
        {
            foreach (var table in CustomerTables.DeleteOrder)
            {
                await using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM {table}";
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        Task<int> Write<T>(BulkTable<T> table, IEnumerable<T> rows) =>
            BulkWriter.UpsertAsync(connection, transaction, table, rows, n => progress?.Report((table.Name, n)), cancellationToken);

        var customers = await Write(CustomerTables.Customers(importedAt), data.Customers);
        var permits = await Write(CustomerTables.ResidencePermits, data.ResidencePermits);
        var documents = await Write(CustomerTables.KycDocuments, data.KycDocuments);
        var wallets = await Write(CustomerTables.Wallets, data.Wallets);
        var transactions = await Write(CustomerTables.Transactions, data.Transactions);
        var logins = await Write(CustomerTables.Logins, data.Logins);
        var holdings = await Write(CustomerTables.Holdings, data.Holdings);
        return new CustomerWriteCounts(customers, permits, documents, wallets, transactions, logins, holdings);
    }
}
