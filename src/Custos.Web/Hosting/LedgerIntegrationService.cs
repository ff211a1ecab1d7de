using Custos.Application.Ledger;
using Custos.Application.Proofs;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the ledger integrator on the leader: right after start, then whenever events commit (woken by
/// <see cref="LedgerSignal"/>, coalesced for at most the batch window, 10 ms, or until 256 have arrived), and every second
/// regardless, for events committed by other processes and nodes. After each round that published a new checkpoint it wakes the production release step
/// (<see cref="CheckpointSignal"/>), and appends a disclosure index revision when one is due
/// (<see cref="DisclosureIndexPublisher"/>). The public facts of requests are logged by a loop of their own
/// (<see cref="TransparencyFactsService"/>).
/// </summary>
public sealed partial class LedgerIntegrationService(
    LedgerIntegrator integrator, LedgerSignal signal, CheckpointSignal published, LedgerOptions options, TimeProvider clock, ILogger<LedgerIntegrationService> logger,
    DisclosureIndexPublisher indexPublisher)
    : LeaderLoop(integrator.Leadership, clock, logger)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BatchPoll = TimeSpan.FromMilliseconds(2);

    protected override string Name => "Ledger integration";

    // The integrator's contexts are built outside the container: a node that does not lead builds their model now, not
    // in the seconds after the leader dies.
    protected override Task PrepareAsync(CancellationToken cancellationToken) => integrator.PrepareAsync(cancellationToken);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        signal.Take();
        var before = integrator.Head?.Size;
        var head = await integrator.IntegrateAsync(cancellationToken);
        if (head is null)
        {
            return;
        }

        if (head.Size != before)
        {
            published.Notify();
        }

        // A revision of the disclosure index when one is due; its event is integrated by the next round.
        await indexPublisher.PublishIfDueAsync(head.Size, cancellationToken);
    }

    protected override async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (await signal.WaitAsync(Poll, Clock, cancellationToken))
        {
            // Coalesce: let the commits of the next moment join this round, for up to the window or until enough have
            // arrived. Under load the signal is already set when a round ends, so rounds follow one another at once.
            var window = Clock.GetTimestamp();
            while (signal.Pending < options.BatchEntries)
            {
                var left = options.BatchWindow - Clock.GetElapsedTime(window);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(left < BatchPoll ? left : BatchPoll, Clock, cancellationToken);
            }
        }
    }

    protected override TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(30, failures));

    // Ledger entries hold no personal data (opaque identifiers and commitments), so the exception is logged whole.
    protected override void LogFailure(Exception exception, int failures) => LogFailed(Logger, exception, failures);

    [LoggerMessage(1, LogLevel.Error, "Ledger integration failed ({Failures} in a row); retrying. Nothing committed is lost: events wait in the database.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int failures);
}
