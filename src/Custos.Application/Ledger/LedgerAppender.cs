using System.Threading.Channels;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Application.Ledger;

/// <summary>
/// The append API for events that are a state change of their own (a sign-in, a sign-out, a failed sign-in): callers
/// from many threads are committed together in one transaction (group commit) and each call returns once its event is
/// durably committed. A state change that also changes other records records its event through
/// <see cref="EventRecorder"/> inside its own transaction instead.
/// <para>
/// Each caller builds its own entry (JSON, commitment, opaque identifiers) on its own thread; writer loops then take
/// everything that has queued up while they were committing and write it with plain SQL, without EF Core's change
/// tracking, in one transaction: on SQLite <see cref="SqliteCommitters"/> loops, a prepared statement per row inside a
/// transaction that holds the process's write gate (the file takes one writer at a time: while one loop commits, the
/// other has its next group ready at the gate); on PostgreSQL <see cref="PostgresCommitters"/> loops, each group one
/// INSERT statement on a connection of its own (a single statement commits atomically by itself: one round trip). The rate therefore grows with the number of concurrent callers, one commit (one sync of the log, where the
/// database syncs) serving a whole group.
/// </para>
/// </summary>
public sealed class LedgerAppender : IAsyncDisposable
{
    /// <summary>Most events committed in one transaction.</summary>
    public const int MaxGroup = 1024;

    /// <summary>Groups committed at once on PostgreSQL (commits overlap, each waiting for its own sync).</summary>
    public const int PostgresCommitters = 4;

    /// <summary>Groups in hand at once on SQLite (one writes while the other waits at the write gate).</summary>
    public const int SqliteCommitters = 2;

    private readonly IServiceScopeFactory _scopes;
    private readonly CustosDatabase _database;
    private readonly EventRecorder _recorder;
    private readonly LedgerSignal _signal;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly Task[] _loops;

    public LedgerAppender(IServiceScopeFactory scopes, CustosDatabase database, TimeProvider clock, LedgerIdentityKey identities, LedgerSignal signal)
    {
        ArgumentNullException.ThrowIfNull(database);
        _scopes = scopes;
        _database = database;
        _recorder = new EventRecorder(clock, identities);
        _signal = signal;
        _loops = Enumerable.Range(0, database.Provider == DatabaseProvider.Postgres ? PostgresCommitters : SqliteCommitters).Select(_ => Task.Run(RunAsync)).ToArray();
    }

    /// <summary>Appends an event; completes with its database id once committed.</summary>
    public Task<long> AppendAsync(
        LedgerEventType type, Actor actor, string subject, object details, IReadOnlyList<string>? references = null, CancellationToken cancellationToken = default)
    {
        LedgerEventRecord record;
        try
        {
            record = _recorder.Build(type, actor, subject, details, references);
        }
        catch (ArgumentException ex)
        {
            // A malformed event fails alone, before it is queued.
            return Task.FromException<long>(ex);
        }

        var pending = new Pending(record, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var group = new List<Pending>(MaxGroup);
        var records = new List<LedgerEventRecord>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            records.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
            {
                group.Add(item);
                records.Add(item.Record);
            }

            try
            {
                var ids = await CommitAsync(records);
                _signal.Notify(group.Count);
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Completion.TrySetResult(ids[i]);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Every caller of the group learns of the failure: the group's one transaction failed (or its outcome is unknown).
                foreach (var pending in group)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
    }

    /// <summary>Writes one group in one transaction; returns the events' ids.</summary>
    private async Task<long[]> CommitAsync(List<LedgerEventRecord> records)
    {
        if (_database.Provider == DatabaseProvider.Postgres)
        {
            // One statement, committed by itself when it returns (autocommit): durable as the server's settings make it.
            await using var connection = _database.CreateConnection();
            await connection.OpenAsync();
            return await LedgerEventRows.InsertAsync(connection, null, records);
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        // Begun through the context, so that the transaction holds the process's SQLite write gate.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = await LedgerEventRows.InsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), records);
        await transaction.CommitAsync();
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_loops);
    }

    private sealed record Pending(LedgerEventRecord Record, TaskCompletionSource<long> Completion);
}
