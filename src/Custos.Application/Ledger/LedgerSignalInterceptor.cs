using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Custos.Application.Ledger;

/// <summary>
/// Wakes the integrator after a save or a commit (cheap: a semaphore). Stateless, so it can serve pooled contexts; a
/// save inside a transaction that has not committed yet wakes it early, and the commit wakes it again.
/// </summary>
public sealed class LedgerSignalInterceptor(LedgerSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            signal.Notify(result);
        }

        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0)
        {
            signal.Notify(result);
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify(0);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify(0);
}
