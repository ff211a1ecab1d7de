using Custos.Application.Ledger;
using Custos.Application.Production;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the production release step while the web application runs: right after each checkpoint the ledger integrator
/// publishes (<see cref="CheckpointSignal"/>), and every <see cref="ProductionOptions.ReleasePollInterval"/> regardless
/// (for checkpoints published by another node). A failing round is logged (its error type only) and tried again; a
/// production that cannot be released is ledgered by the step itself and never stops the loop.
/// </summary>
public sealed partial class ProductionReleaseService(
    IServiceScopeFactory scopes, CheckpointSignal published, ProductionOptions options, TimeProvider clock, ILogger<ProductionReleaseService> logger)
    : BackgroundService
{
    private long _released;

    /// <summary>Productions released by this service since start.</summary>
    public long Released => Interlocked.Read(ref _released);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var released = await scope.ServiceProvider.GetRequiredService<ProductionRelease>().ReleaseDueAsync(stoppingToken);
                    Interlocked.Add(ref _released, released);
                }

                failures = 0;
                await published.WaitAsync(options.ReleasePollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                LogFailed(logger, ex.GetType().Name, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures)), clock, stoppingToken);
            }
        }
    }

    // The exception itself is not logged: a database error can quote stored values.
    [LoggerMessage(1, LogLevel.Error, "Production release failed ({ErrorType}, {Failures} in a row); retrying. Pending productions wait in the database.")]
    private static partial void LogFailed(ILogger logger, string errorType, int failures);
}
