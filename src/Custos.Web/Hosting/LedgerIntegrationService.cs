using Custos.Application.Ledger;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the ledger integrator while the web application runs: right after start, then whenever events commit (batched
/// for at most the batch window), and every second regardless, for events committed by other processes.
/// </summary>
public sealed partial class LedgerIntegrationService(LedgerIntegrator integrator, LedgerSignal signal, LedgerOptions options, ILogger<LedgerIntegrationService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await integrator.IntegrateAsync(stoppingToken);
                failures = 0;
                if (await signal.WaitAsync(Poll, stoppingToken))
                {
                    // Batch: let more commits arrive, up to the window.
                    await Task.Delay(options.BatchWindow, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                LogFailed(logger, ex, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures)), stoppingToken);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Ledger integration failed ({Failures} in a row); retrying. Nothing committed is lost: events wait in the database.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int failures);
}
