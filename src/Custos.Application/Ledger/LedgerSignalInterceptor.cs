using System.Data.Common;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Custos.Application.Ledger;

/// <summary>Signals the integrator after a save or a commit that wrote ledger events.</summary>
public sealed class LedgerSignalInterceptor(LedgerSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData?.Context is { } context && context.ChangeTracker.Entries<LedgerEventRecord>().Any(e => e.State == EntityState.Added))
        {
            Pending = true;
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Pending && eventData?.Context?.Database.CurrentTransaction is null)
        {
            Pending = false;
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Pending)
        {
            Pending = false;
            signal.Notify();
        }

        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Pending)
        {
            Pending = false;
            signal.Notify();
        }
    }

    // One interceptor instance per context (registered scoped), so this flag belongs to one unit of work.
    private bool Pending { get; set; }
}
