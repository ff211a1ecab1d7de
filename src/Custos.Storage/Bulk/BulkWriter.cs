using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Custos.Storage.Bulk;

/// <summary>
/// Upserts many rows into one table inside the caller's transaction: prepared statements on SQLite, binary COPY into a
/// staging table then one INSERT … ON CONFLICT on PostgreSQL.
/// </summary>
public static class BulkWriter
{
    public static async Task<int> UpsertAsync<T>(
        DbConnection connection, DbTransaction transaction, BulkTable<T> table, IEnumerable<T> rows,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return connection switch
        {
            SqliteConnection sqlite => await UpsertSqliteAsync(sqlite, (SqliteTransaction)transaction, table, rows, progress, cancellationToken),
            NpgsqlConnection npgsql => await UpsertPostgresAsync(npgsql, table, rows, progress, cancellationToken),
            _ => throw new NotSupportedException($"No bulk writer for {connection.GetType().Name}."),
        };
    }

    private static async Task<int> UpsertSqliteAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, BulkTable<T> table, IEnumerable<T> rows,
        Action<int>? progress, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = table.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = table.UpsertSql($"VALUES ({string.Join(", ", names)})");
        var parameters = names.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            var values = table.Values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(values[i], table.Columns[i].Kind) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
            if ((count & 0x3FFF) == 0)
            {
                progress?.Invoke(count);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        progress?.Invoke(count);
        return count;
    }

    private static async Task<int> UpsertPostgresAsync<T>(
        NpgsqlConnection connection, BulkTable<T> table, IEnumerable<T> rows, Action<int>? progress, CancellationToken cancellationToken)
    {
        var staging = "staging_" + table.Name;
        var columns = string.Join(", ", table.Columns.Select(c => c.Column));
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {table.Name}) ON COMMIT DROP; TRUNCATE {staging};";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {staging} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                var values = table.Values(row);
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < values.Length; i++)
                {
                    await WritePostgresAsync(importer, values[i], table.Columns[i].Kind, cancellationToken);
                }

                count++;
                if ((count & 0x3FFF) == 0)
                {
                    progress?.Invoke(count);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var merge = connection.CreateCommand())
        {
            merge.CommandText = table.UpsertSql($"SELECT {columns} FROM {staging}");
            merge.CommandTimeout = 0;
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }

        progress?.Invoke(count);
        return count;
    }

    internal static object? ToSqlite(object? value, ColumnKind kind) => value switch
    {
        null => null,
        DateTimeOffset instant when kind == ColumnKind.Timestamp => instant.ToUnixTimeMilliseconds(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };

    internal static Task WritePostgresAsync(NpgsqlBinaryImporter importer, object? value, ColumnKind kind, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        DateTimeOffset instant => importer.WriteAsync(instant.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        DateOnly date => importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
        decimal number => importer.WriteAsync(number, NpgsqlDbType.Numeric, cancellationToken),
        bool flag => importer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        int integer => importer.WriteAsync(integer, NpgsqlDbType.Integer, cancellationToken),
        string text => importer.WriteAsync(text, kind == ColumnKind.Text ? NpgsqlDbType.Text : throw new InvalidOperationException($"A string for a {kind} column."), cancellationToken),
        _ => throw new NotSupportedException($"No PostgreSQL mapping for {value.GetType().Name}."),
    };
}
