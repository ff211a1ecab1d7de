using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Operations;

/// <summary>
/// The latest <see cref="OperationsSnapshot"/>, read again only when it is older than <see cref="MaxAge"/>: however often
/// and by however many scrapers the metrics are read, the database sees these queries at most every 15 seconds per
/// process. Concurrent refreshes wait for the one under way. When a refresh fails the snapshot is dropped, so the
/// metrics read from it disappear rather than show stale figures as current.
/// </summary>
public sealed partial class OperationsSnapshotCache(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OperationsSnapshotCache> logger) : IDisposable
{
    /// <summary>How old a snapshot may be before the next read refreshes it.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private OperationsSnapshot? _current;
    private long _triedAtTicks;
    private long _failures;

    /// <summary>The snapshot last read, or null before the first or after a failed refresh.</summary>
    public OperationsSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>How many refreshes have failed since the process started.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Reads a new snapshot when the last attempt is older than <see cref="MaxAge"/>; returns what is current after.</summary>
    public async Task<OperationsSnapshot?> RefreshIfStaleAsync(CancellationToken cancellationToken = default)
    {
        if (!IsStale())
        {
            return Current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (!IsStale())
            {
                return Current;
            }

            Volatile.Write(ref _triedAtTicks, clock.GetUtcNow().UtcTicks);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var snapshot = await scope.ServiceProvider.GetRequiredService<OperationsQueries>().SnapshotAsync(cancellationToken);
                Volatile.Write(ref _current, snapshot);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                Volatile.Write(ref _current, null);
                Interlocked.Increment(ref _failures);
                LogRefreshFailed(logger, ex);
            }

            return Current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Older than <see cref="MaxAge"/>, or taken in the future of a clock that was stepped back.</summary>
    private bool IsStale()
    {
        var age = clock.GetUtcNow().UtcTicks - Volatile.Read(ref _triedAtTicks);
        return age < 0 || age >= MaxAge.Ticks;
    }

    public void Dispose() => _refresh.Dispose();

    [LoggerMessage(1, LogLevel.Warning, "The operations metrics could not be read from the database; they are left out until the next refresh")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
