namespace Custos.Application.Ledger;

/// <summary>
/// Wakes the integrator when events may have committed, and counts roughly how many, so that a batch can close early
/// once enough have arrived (the integrator also polls, for events committed by other processes).
/// </summary>
public sealed class LedgerSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private long _pending;

    /// <summary>Rows written since the integrator last took the count (an upper bound on the new events).</summary>
    public long Pending => Interlocked.Read(ref _pending);

    public void Notify(int rows = 1)
    {
        Interlocked.Add(ref _pending, rows);
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>Resets the count when a round starts.</summary>
    public void Take() => Interlocked.Exchange(ref _pending, 0);

    public void Dispose() => _semaphore.Dispose();

    /// <summary>Waits for a signal or the timeout on <paramref name="clock"/>; true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _semaphore.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
