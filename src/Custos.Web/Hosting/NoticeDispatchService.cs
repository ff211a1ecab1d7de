using Custos.Application.Notices;
using Custos.Application.Review;

namespace Custos.Web.Hosting;

/// <summary>
/// Runs the review deadlines (customer notices whose day has come are queued, overdue emergency follow-ups flagged) and
/// then the notice dispatcher while the web application runs: right after start, then every
/// <see cref="NoticeOptions.PollInterval"/> of the injected clock. What is due is decided by that clock's "now", so a
/// notice scheduled for a date goes by itself once the clock passes it — after a restart too, since the outbox is in
/// the database. A failing round is logged (ids and counts only) and tried again; nothing queued is lost.
/// </summary>
public sealed partial class NoticeDispatchService(
    IServiceScopeFactory scopes, NoticeOptions options, TimeProvider clock, ILogger<NoticeDispatchService> logger) : BackgroundService
{
    private long _rounds;

    /// <summary>Dispatcher rounds completed since start (whatever they found): lets an operator or a test see it is running.</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var deadlines = scopes.CreateAsyncScope())
                {
                    await deadlines.ServiceProvider.GetRequiredService<ReviewDeadlines>().RunAsync(stoppingToken);
                }

                NoticeDispatchSummary summary;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    summary = await scope.ServiceProvider.GetRequiredService<NoticeDispatcher>().DispatchDueAsync(stoppingToken);
                }
                while (summary.Due >= options.BatchSize && !stoppingToken.IsCancellationRequested);

                Interlocked.Increment(ref _rounds);

                failures = 0;
                await Task.Delay(options.PollInterval, clock, stoppingToken);
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

    // The exception itself is not logged: a database or transport error can quote a customer's address.
    [LoggerMessage(1, LogLevel.Error, "Notice dispatch failed ({ErrorType}, {Failures} in a row); retrying. Queued notices wait in the database.")]
    private static partial void LogFailed(ILogger logger, string errorType, int failures);
}
