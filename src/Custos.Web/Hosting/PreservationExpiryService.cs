using Custos.Application.Production;

namespace Custos.Web.Hosting;

/// <summary>
/// Releases expired preservations while the web application runs: right after start, then every
/// <see cref="PreservationExpiryOptions.CheckInterval"/> of the injected clock. Whether a period has ended is decided by
/// that clock's day, so a preservation is released by itself once the clock passes its expiry — after a restart too,
/// since the preservations are in the database. A failing round is logged (counts only) and tried again.
/// </summary>
public sealed partial class PreservationExpiryService(
    IServiceScopeFactory scopes, PreservationExpiryOptions options, TimeProvider clock, ILogger<PreservationExpiryService> logger) : BackgroundService
{
    private long _rounds;

    /// <summary>Rounds completed since start (whatever they released): lets an operator or a test see it is running.</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var released = await scope.ServiceProvider.GetRequiredService<PreservationExpiry>().ReleaseDueAsync(stoppingToken);
                    if (released > 0)
                    {
                        LogReleased(logger, released);
                    }
                }

                Interlocked.Increment(ref _rounds);
                failures = 0;
                await Task.Delay(options.CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                LogFailed(logger, ex.GetType().Name, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, failures * 5)), clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Released {Count} expired preservation(s); their snapshots are deleted.")]
    private static partial void LogReleased(ILogger logger, int count);

    // The exception itself is not logged: a database error can quote stored values.
    [LoggerMessage(2, LogLevel.Error, "Preservation expiry failed ({ErrorType}, {Failures} in a row); retrying.")]
    private static partial void LogFailed(ILogger logger, string errorType, int failures);
}
