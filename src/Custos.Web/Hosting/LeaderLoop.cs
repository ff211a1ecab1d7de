using Custos.Application.Ledger;

namespace Custos.Web.Hosting;

/// <summary>
/// Background work that must run once however many nodes serve: a round, then a wait, for as long as the application
/// runs — but only while this node leads (<see cref="ILedgerLeadership"/>, kept up by <see cref="LeadershipService"/>).
/// A node that does not lead looks again every <see cref="FollowerPoll"/>, so the work moves within about a second of a
/// new leader's election. A failing round is logged by its error type only (a database or transport error can quote
/// stored values), waits a back-off that grows with the failures, and is tried again; what it was to do waits in the
/// database.
/// </summary>
public abstract partial class LeaderLoop(ILedgerLeadership leadership, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>
    /// How often a node that does not lead looks again. Real time, not the injected clock: leadership is a matter of
    /// processes alive now, not of the business clock that decides what is due.
    /// </summary>
    public static readonly TimeSpan FollowerPoll = TimeSpan.FromMilliseconds(250);

    private long _rounds;

    /// <summary>The clock that decides what is due and how long the back-off lasts.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The loop's logger.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>Rounds completed on this node since start (whatever they found): lets an operator or a test see it is running.</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    /// <summary>The loop's name in the log.</summary>
    protected abstract string Name { get; }

    /// <summary>Runs once when the loop starts, leader or not, so that taking over later is quick; a failure is logged and ignored.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One round of the work.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Waits until the next round is due.</summary>
    protected abstract Task WaitAsync(CancellationToken cancellationToken);

    /// <summary>How long to wait after <paramref name="failures"/> failed rounds in a row.</summary>
    protected virtual TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(60, failures * 5));

    /// <summary>Logs a failed round (by default its error type only).</summary>
    protected virtual void LogFailure(Exception exception, int failures) =>
        LogFailed(Logger, Name, exception?.GetType().Name ?? "unknown", failures);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PrepareAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
        {
            LogFailure(ex, 0);
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!leadership.IsLeader)
                {
                    await Task.Delay(FollowerPoll, TimeProvider.System, stoppingToken);
                    continue;
                }

                await RunRoundAsync(stoppingToken);
                Interlocked.Increment(ref _rounds);
                failures = 0;
                await WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                LogFailure(ex, failures);
                try
                {
                    await Task.Delay(Backoff(failures), Clock, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(1, LogLevel.Error, "{Loop} failed ({ErrorType}, {Failures} in a row); retrying. What it was to do waits in the database.")]
    private static partial void LogFailed(ILogger logger, string loop, string errorType, int failures);
}
