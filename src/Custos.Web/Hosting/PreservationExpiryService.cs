using Custos.Application.Ledger;
using Custos.Application.Production;

namespace Custos.Web.Hosting;

/// <summary>
/// Releases expired preservations on the leader: right after start, then every
/// <see cref="PreservationExpiryOptions.CheckInterval"/> of the injected clock. Whether a period has ended is decided by
/// that clock's day, so a preservation is released by itself once the clock passes its expiry — after a restart too,
/// since the preservations are in the database.
/// </summary>
public sealed partial class PreservationExpiryService(
    IServiceScopeFactory scopes, PreservationExpiryOptions options, ILedgerLeadership leadership, TimeProvider clock, ILogger<PreservationExpiryService> logger)
    : LeaderLoop(leadership, clock, logger)
{
    protected override string Name => "Preservation expiry";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<PreservationExpiry>().ReleaseDueAsync(cancellationToken);
        if (released > 0)
        {
            LogReleased(Logger, released);
        }
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CheckInterval, Clock, cancellationToken);

    [LoggerMessage(1, LogLevel.Information, "Released {Count} expired preservation(s); their snapshots are deleted.")]
    private static partial void LogReleased(ILogger logger, int count);
}
