using Custos.Application.Ledger;

namespace Custos.Web.Hosting;

/// <summary>
/// Keeps this node's leadership up to date: tries to take it (or checks it is still held) when the application starts,
/// before the other background services, and then every <see cref="Heartbeat"/> of real time. The
/// <see cref="LeaderLoop"/>s read the outcome; <c>custos.ledger.leader</c> reports it.
/// </summary>
public sealed class LeadershipService(ILedgerLeadership leadership) : BackgroundService
{
    /// <summary>How often leadership is checked or sought.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await leadership.TryLeadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await leadership.TryLeadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
