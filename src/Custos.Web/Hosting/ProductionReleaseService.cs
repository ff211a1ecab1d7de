using Custos.Application.Ledger;
using Custos.Application.Production;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the production release step on the leader: right after each checkpoint the ledger integrator publishes
/// (<see cref="CheckpointSignal"/>), and every <see cref="ProductionOptions.ReleasePollInterval"/> regardless. A
/// production that cannot be released is ledgered by the step itself and never stops the loop.
/// </summary>
public sealed class ProductionReleaseService(
    IServiceScopeFactory scopes, CheckpointSignal published, ProductionOptions options, ILedgerLeadership leadership, TimeProvider clock,
    ILogger<ProductionReleaseService> logger)
    : LeaderLoop(leadership, clock, logger)
{
    private long _released;

    /// <summary>Productions released by this service since start.</summary>
    public long Released => Interlocked.Read(ref _released);

    protected override string Name => "Production release";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        Interlocked.Add(ref _released, await scope.ServiceProvider.GetRequiredService<ProductionRelease>().ReleaseDueAsync(cancellationToken));
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => published.WaitAsync(options.ReleasePollInterval, Clock, cancellationToken);

    protected override TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(30, failures));
}
