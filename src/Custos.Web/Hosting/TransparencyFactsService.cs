using Custos.Application.Ledger;
using Custos.Application.Transparency.Facts;

namespace Custos.Web.Hosting;

/// <summary>
/// Logs the public facts of requests and restrictions that changed (<see cref="TransparencyFactsPublisher"/>) on the
/// leader, at most once per <see cref="TransparencyFactsOptions.Interval"/> of the injected clock, over the log as far
/// as this node's integrator has published it. A loop of its own, beside the integration: a round that has many facts
/// to log delays no checkpoint, and its entries are integrated as they commit.
/// </summary>
public sealed partial class TransparencyFactsService(
    LedgerIntegrator integrator, TransparencyFactsPublisher publisher, TimeProvider clock, ILogger<TransparencyFactsService> logger)
    : LeaderLoop(integrator.Leadership, clock, logger)
{
    /// <summary>
    /// How often the loop looks whether a round is due. Real time: the interval is decided by the injected clock, and a
    /// look costs nothing when no round is due.
    /// </summary>
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override string Name => "Public facts";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        // The integrator's head is this node's published size; a node that has just taken over has none until its
        // first integration round.
        if (integrator.Head is { } head)
        {
            await publisher.PublishIfDueAsync(head.Size, cancellationToken);
        }
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(Poll, TimeProvider.System, cancellationToken);
}
