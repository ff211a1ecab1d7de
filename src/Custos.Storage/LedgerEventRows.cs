using System.Data.Common;
using Custos.Storage.Entities;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Custos.Storage;

/// <summary>
/// The ledger's two hot writes in plain SQL, without EF Core's change tracking: many events inserted at once (group
/// commit), and the next unsequenced events given their leaf indices by one set-based statement. Both run inside the
/// caller's transaction; on SQLite that transaction holds the write gate (begin it through a context).
/// </summary>
public static class LedgerEventRows
{
    private const string Columns = "event_type_id, event_type, occurred_at, actor, subject, details, refs, policy_version, salt, commitment, entry";

    // The window numbers the oldest unsequenced events 0, 1, 2, … in id order; the join gives each its leaf index.
    private const string SequenceSql =
        "UPDATE ledger_events SET leaf_index = n.leaf " +
        "FROM (SELECT id, @from - 1 + row_number() OVER (ORDER BY id) AS leaf FROM ledger_events WHERE leaf_index IS NULL ORDER BY id LIMIT @max) AS n " +
        "WHERE ledger_events.id = n.id RETURNING leaf_index, entry";

    /// <summary>
    /// Inserts <paramref name="records"/> in <paramref name="transaction"/> and returns their new ids, in the order of
    /// <paramref name="records"/>. On PostgreSQL one statement inserts them all (arrays unnested), so without a
    /// transaction they commit together by themselves; on SQLite, in-process, one prepared statement runs once per row,
    /// and a transaction is required.
    /// </summary>
    public static async Task<long[]> InsertAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<LedgerEventRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return [];
        }

        return connection switch
        {
            SqliteConnection sqlite => await InsertSqliteAsync(
                sqlite, transaction as SqliteTransaction ?? throw new ArgumentException("On SQLite the rows are inserted in a transaction.", nameof(transaction)), records, cancellationToken),
            NpgsqlConnection npgsql => await InsertPostgresAsync(npgsql, transaction as NpgsqlTransaction, records, cancellationToken),
            _ => throw new NotSupportedException($"No ledger writer for {connection.GetType().Name}."),
        };
    }

    /// <summary>
    /// Gives the oldest unsequenced events (at most <paramref name="max"/>, in id order) the leaf indices
    /// <paramref name="from"/>, <paramref name="from"/> + 1, … in one statement, and returns their entries in leaf order.
    /// The caller holds the ledger state row's lock and updates the sequenced size in the same transaction.
    /// </summary>
    public static async Task<IReadOnlyList<byte[]>> SequenceAsync(
        DbConnection connection, DbTransaction transaction, long from, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SequenceSql;
        Add(command, "@from", from);
        Add(command, "@max", max);
        var rows = new List<(long Leaf, byte[] Entry)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }

        // RETURNING gives the rows in no particular order.
        rows.Sort((a, b) => a.Leaf.CompareTo(b.Leaf));
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Leaf != from + i)
            {
                throw new InvalidOperationException($"Sequencing gave leaf {rows[i].Leaf} where {from + i} was expected.");
            }
        }

        return rows.ConvertAll(r => r.Entry);
    }

    private static async Task<long[]> InsertSqliteAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<LedgerEventRecord> records, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO ledger_events ({Columns}) VALUES ($t, $n, $o, $a, $s, $d, $r, $p, $salt, $c, $e) RETURNING id";
        var type = command.Parameters.Add("$t", SqliteType.Integer);
        var name = command.Parameters.Add("$n", SqliteType.Text);
        var occurred = command.Parameters.Add("$o", SqliteType.Integer);
        var actor = command.Parameters.Add("$a", SqliteType.Text);
        var subject = command.Parameters.Add("$s", SqliteType.Text);
        var details = command.Parameters.Add("$d", SqliteType.Text);
        var refs = command.Parameters.Add("$r", SqliteType.Text);
        var policy = command.Parameters.Add("$p", SqliteType.Text);
        var salt = command.Parameters.Add("$salt", SqliteType.Blob);
        var commitment = command.Parameters.Add("$c", SqliteType.Text);
        var entry = command.Parameters.Add("$e", SqliteType.Blob);
        command.Prepare();
        var ids = new long[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            type.Value = record.EventTypeId;
            name.Value = record.EventType;
            // As the model stores instants on SQLite (CustosDbContext.UnixMillis).
            occurred.Value = record.OccurredAt.ToUnixTimeMilliseconds();
            actor.Value = record.Actor;
            subject.Value = record.Subject;
            details.Value = (object?)record.Details ?? DBNull.Value;
            refs.Value = record.References;
            policy.Value = (object?)record.PolicyVersion ?? DBNull.Value;
            salt.Value = (object?)record.Salt ?? DBNull.Value;
            commitment.Value = record.Commitment;
            entry.Value = record.Entry;
            ids[i] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        return ids;
    }

    private static async Task<long[]> InsertPostgresAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<LedgerEventRecord> records, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO ledger_events ({Columns}) SELECT * FROM unnest(@t, @n, @o, @a, @s, @d, @r, @p, @salt, @c, @e) RETURNING id, commitment",
            connection, transaction);
        Array(command, "t", NpgsqlDbType.Integer, records.Select(r => r.EventTypeId).ToArray());
        Array(command, "n", NpgsqlDbType.Text, records.Select(r => r.EventType).ToArray());
        Array(command, "o", NpgsqlDbType.TimestampTz, records.Select(r => r.OccurredAt.ToUniversalTime()).ToArray());
        Array(command, "a", NpgsqlDbType.Text, records.Select(r => r.Actor).ToArray());
        Array(command, "s", NpgsqlDbType.Text, records.Select(r => r.Subject).ToArray());
        Array(command, "d", NpgsqlDbType.Text, records.Select(r => r.Details).ToArray());
        Array(command, "r", NpgsqlDbType.Text, records.Select(r => r.References).ToArray());
        Array(command, "p", NpgsqlDbType.Text, records.Select(r => r.PolicyVersion).ToArray());
        Array(command, "salt", NpgsqlDbType.Bytea, records.Select(r => r.Salt).ToArray());
        Array(command, "c", NpgsqlDbType.Text, records.Select(r => r.Commitment).ToArray());
        Array(command, "e", NpgsqlDbType.Bytea, records.Select(r => r.Entry).ToArray());

        // RETURNING gives the rows in no particular order: match them back by their commitment (a salted hash, unique).
        var positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!positions.TryAdd(records[i].Commitment, i))
            {
                throw new InvalidOperationException("Two events of one group carry the same commitment.");
            }
        }

        var ids = new long[records.Count];
        var seen = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids[positions[reader.GetString(1)]] = reader.GetInt64(0);
                seen++;
            }
        }

        return seen == records.Count ? ids : throw new InvalidOperationException($"Inserted {seen} ledger events of {records.Count}.");
    }

    private static void Array<T>(NpgsqlCommand command, string name, NpgsqlDbType type, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values });

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
