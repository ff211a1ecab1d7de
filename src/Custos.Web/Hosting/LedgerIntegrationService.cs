using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Application.Transparency.Facts;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the ledger integrator while the web application runs: right after start, then whenever events commit (batched
/// for at most the batch window, 250 ms, or until 256 have arrived), and every second regardless, for events committed
/// by other processes. After each round that published a new checkpoint it wakes the production release step
/// (<see cref="CheckpointSignal"/>), and appends a disclosure index revision when one is due
/// (<see cref="DisclosureIndexPublisher"/>), and logs the public facts of requests and restrictions that changed
/// (<see cref="TransparencyFactsPublisher"/>).
/// </summary>
public sealed partial class LedgerIntegrationService(
    LedgerIntegrator integrator, LedgerSignal signal, CheckpointSignal published, LedgerOptions options, TimeProvider clock, ILogger<LedgerIntegrationService> logger,
    DisclosureIndexPublisher indexPublisher, TransparencyFactsPublisher factsPublisher)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BatchPoll = TimeSpan.FromMilliseconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                signal.Take();
                var before = integrator.Head?.Size;
                var head = await integrator.IntegrateAsync(stoppingToken);
                if (head is not null && head.Size != before)
                {
                    published.Notify();
                }

                if (head is not null)
                {
                    // A revision of the disclosure index when one is due; its event is integrated by the next round.
                    await indexPublisher.PublishIfDueAsync(head.Size, stoppingToken);
                    // The facts of requests and restrictions whose events were published, at most once per interval.
                    await factsPublisher.PublishIfDueAsync(head.Size, stoppingToken);
                }

                failures = 0;
                if (await signal.WaitAsync(Poll, clock, stoppingToken))
                {
                    // Batch: let more commits arrive, for up to the window or until enough have.
                    var window = clock.GetTimestamp();
                    while (clock.GetElapsedTime(window) < options.BatchWindow && signal.Pending < options.BatchEntries)
                    {
                        await Task.Delay(BatchPoll, clock, stoppingToken);
                    }
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
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures)), clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Ledger integration failed ({Failures} in a row); retrying. Nothing committed is lost: events wait in the database.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int failures);
}
