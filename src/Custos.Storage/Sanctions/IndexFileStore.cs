using System.Data.Common;

namespace Custos.Storage.Sanctions;

/// <summary>
/// The stored screening index (<c>sanctions_index_files</c>), read and written over a plain connection like the list
/// files (<see cref="ListFileStore"/>). One row per key is kept: writing an index deletes the rows of every other key
/// (lists no longer in force, another build of the matcher), so the table holds one index of about 30 MB, not one per
/// build or version ever used.
/// </summary>
public static class IndexFileStore
{
    /// <summary>The stored bytes under <paramref name="key"/>, or null when none are stored.</summary>
    public static async Task<byte[]?> ReadAsync(CustosDatabase database, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM sanctions_index_files WHERE key = @key";
        Parameter(command, "@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        // A row whose bytes are not as long as recorded is returned as it is: the reader of the format refuses it.
        return (byte[])reader.GetValue(0);
    }

    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/> (replacing a row of the same key) and deletes
    /// the rows of every other key, in one transaction.</summary>
    public static async Task WriteAsync(CustosDatabase database, string key, string versions, string matcher, int format, byte[] content,
        DateTimeOffset builtAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(content);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        // Through the write gate, as every writer of this process: SQLite has one writer at a time.
        await using var write = await database.BeginPlainWriteAsync(cancellationToken);
        var (connection, transaction) = (write.Connection, write.Transaction);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM sanctions_index_files WHERE key <> @key";
            Parameter(delete, "@key", key);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO sanctions_index_files (key, versions, matcher, format, length, built_at, content) " +
                "VALUES (@key, @versions, @matcher, @format, @length, @builtAt, @content) " +
                "ON CONFLICT (key) DO UPDATE SET versions = excluded.versions, matcher = excluded.matcher, format = excluded.format, " +
                "length = excluded.length, built_at = excluded.built_at, content = excluded.content";
            Parameter(insert, "@key", key);
            Parameter(insert, "@versions", versions);
            Parameter(insert, "@matcher", matcher);
            Parameter(insert, "@format", format);
            Parameter(insert, "@length", (long)content.Length);
            Parameter(insert, "@builtAt", postgres ? builtAt.ToUniversalTime() : builtAt.ToUnixTimeMilliseconds());
            Parameter(insert, "@content", content);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
