using System.Data.Common;
using System.Diagnostics;
using Custos.Storage;

namespace Custos.Bench;

/// <summary>
/// The baseline: each writer commits one bare single-row INSERT per transaction through ADO.NET, with the settings the
/// application uses (SQLite: WAL, synchronous=FULL, each commit synced; PostgreSQL: the server's own). Two rows: the minimal row of the
/// bench's first version, and a row the size of a real event (entry, details, salt, commitment as the append API
/// writes them), so that group commit is compared with one-row commits of the same data.
/// </summary>
internal static class Baseline
{
    /// <summary>About the size of a sign-in event's entry (custos-event/v1 with opaque actor and subject).</summary>
    private const int EntryBytes = 240;

    public static async Task<double> RunAsync(FreshDatabase database, int writers, TimeSpan duration, TimeSpan warmUp, bool eventSized)
    {
        var postgres = database.Database.Provider == DatabaseProvider.Postgres;
        long count = 0;
        // The warm-up's commits are not counted: the measurement starts when it ends, as the appends' does.
        long startedAt = 0;
        var measure = Task.Run(async () =>
        {
            await Task.Delay(warmUp);
            Interlocked.Exchange(ref count, 0);
            Volatile.Write(ref startedAt, Stopwatch.GetTimestamp());
        });
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            await using var connection = await database.Database.OpenConnectionAsync();

            for (var i = 0; Volatile.Read(ref startedAt) is var started && (started == 0 || Stopwatch.GetElapsedTime(started) < duration); i++)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                if (eventSized)
                {
                    EventRow(command, postgres, writer, i);
                }
                else
                {
                    command.CommandText = postgres
                        ? "INSERT INTO ledger_events (event_type_id, event_type, occurred_at, actor, subject, details, commitment, entry) VALUES (9001, 'configuration.changed', now(), 'system', 'bench', '{}', '', '\\x00')"
                        : "INSERT INTO ledger_events (event_type_id, event_type, occurred_at, actor, subject, details, commitment, entry) VALUES (9001, 'configuration.changed', 0, 'system', 'bench', '{}', '', x'00')";
                }

                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                Interlocked.Increment(ref count);
            }
        })));
        await measure;
        return count / Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
    }

    private static void EventRow(DbCommand command, bool postgres, int writer, int i)
    {
        command.CommandText = postgres
            ? "INSERT INTO ledger_events (event_type_id, event_type, occurred_at, actor, subject, details, refs, salt, commitment, entry) VALUES (1101, 'staff.signed-in', now(), @a, @s, @d, '', @salt, @c, @e)"
            : "INSERT INTO ledger_events (event_type_id, event_type, occurred_at, actor, subject, details, refs, salt, commitment, entry) VALUES (1101, 'staff.signed-in', 0, @a, @s, @d, '', @salt, @c, @e)";
        Add(command, "@a", "staff:usr_" + writer);
        Add(command, "@s", "staff:usr_" + writer);
        Add(command, "@d", $"{{\"writer\":{writer},\"i\":{i}}}");
        Add(command, "@salt", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Add(command, "@c", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        Add(command, "@e", System.Security.Cryptography.RandomNumberGenerator.GetBytes(EntryBytes));
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
