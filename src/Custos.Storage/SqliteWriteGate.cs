using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>
/// Queues this process's writers to one SQLite file in arrival order. SQLite takes one writer at a time and makes the
/// others retry with growing sleeps, which under many concurrent writers turns into long tail latencies and, past the
/// busy timeout, into "database is locked" errors; waiting here instead hands the database from one writer to the next
/// at once. It sits where every write goes through — each <c>SaveChanges</c> outside a transaction, and each
/// transaction from its start to its commit or rollback — so no call site has to remember it. Not used on PostgreSQL.
/// </summary>
internal sealed class SqliteWriteGate : ISaveChangesInterceptor, IDbTransactionInterceptor, IDisposable
{
    private readonly SemaphoreSlim _writers = new(1, 1);

    public void Dispose() => _writers.Dispose();

    // SaveChanges outside a transaction: the gate is held for the save alone.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (ForSave(eventData.Context) is { } context)
        {
            _writers.Wait();
            context.WriteGate = WriteGateHold.Save;
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (ForSave(eventData.Context) is { } context)
        {
            await _writers.WaitAsync(cancellationToken);
            context.WriteGate = WriteGateHold.Save;
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ReleaseSave(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ReleaseSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ReleaseSave(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => ReleaseSave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseSave(eventData.Context);
        return Task.CompletedTask;
    }

    // A transaction: the gate is held from its start to its end, covering every save and raw command inside it.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (ForTransaction(eventData.Context) is { } context)
        {
            _writers.Wait();
            context.WriteGate = WriteGateHold.Transaction;
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (ForTransaction(eventData.Context) is { } context)
        {
            await _writers.WaitAsync(cancellationToken);
            context.WriteGate = WriteGateHold.Transaction;
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Waits for the gate outside EF Core (a plain connection's transaction); release with <see cref="ExitPlain"/>.</summary>
    public Task EnterPlainAsync(CancellationToken cancellationToken) => _writers.WaitAsync(cancellationToken);

    /// <summary>Releases a hold taken by <see cref="EnterPlainAsync"/>.</summary>
    public void ExitPlain() => _writers.Release();

    /// <summary>Releases whatever <paramref name="context"/> holds: at the end of a transaction, or when the context is disposed.</summary>
    public void Release(DbContext? context)
    {
        if (context is CustosDbContext custos && custos.WriteGate != WriteGateHold.None)
        {
            custos.WriteGate = WriteGateHold.None;
            _writers.Release();
        }
    }

    private static CustosDbContext? ForSave(DbContext? context)
    {
        if (context is not CustosDbContext custos)
        {
            return null;
        }

        if (custos.WriteGate == WriteGateHold.Transaction && custos.Database.CurrentTransaction is not null)
        {
            return null; // the transaction holds the gate already
        }

        if (custos.WriteGate == WriteGateHold.Transaction)
        {
            // The transaction was disposed without a commit or a rollback being seen: its hold now serves this save.
            custos.WriteGate = WriteGateHold.Save;
            return null;
        }

        return custos.WriteGate == WriteGateHold.None ? custos : null;
    }

    private static CustosDbContext? ForTransaction(DbContext? context)
    {
        if (context is not CustosDbContext custos)
        {
            return null;
        }

        if (custos.WriteGate != WriteGateHold.None)
        {
            // Still held from a transaction disposed without commit or rollback: keep it for the new one.
            custos.WriteGate = WriteGateHold.Transaction;
            return null;
        }

        return custos;
    }

    private void ReleaseSave(DbContext? context)
    {
        if (context is CustosDbContext { WriteGate: WriteGateHold.Save })
        {
            Release(context);
        }
    }
}
