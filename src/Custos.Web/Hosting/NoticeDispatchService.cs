using Custos.Application.Ledger;
using Custos.Application.Notices;
using Custos.Application.Review;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the review deadlines (customer notices whose day has come are queued, overdue emergency follow-ups flagged) and
/// then the notice dispatcher on the leader: right after start, then every <see cref="NoticeOptions.PollInterval"/> of
/// the injected clock. What is due is decided by that clock's "now", so a notice scheduled for a date goes by itself
/// once the clock passes it — after a restart too, since the outbox is in the database.
/// </summary>
public sealed class NoticeDispatchService(
    IServiceScopeFactory scopes, NoticeOptions options, ILedgerLeadership leadership, TimeProvider clock, ILogger<NoticeDispatchService> logger)
    : LeaderLoop(leadership, clock, logger)
{
    protected override string Name => "Notice dispatch";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using (var deadlines = scopes.CreateAsyncScope())
        {
            await deadlines.ServiceProvider.GetRequiredService<ReviewDeadlines>().RunAsync(cancellationToken);
        }

        NoticeDispatchSummary summary;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            summary = await scope.ServiceProvider.GetRequiredService<NoticeDispatcher>().DispatchDueAsync(cancellationToken);
        }
        while (summary.Due >= options.BatchSize && !cancellationToken.IsCancellationRequested);
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.PollInterval, Clock, cancellationToken);
}
