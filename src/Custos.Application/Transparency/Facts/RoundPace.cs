using System.Diagnostics;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// Spreads one round of <see cref="TransparencyFactsPublisher"/>: after each transaction a pause of <c>factor</c> times
/// as long as the transaction took, so that a round with many facts to log leaves most of a processor and of the write
/// lock to the requests being served — but only as far as the round stays on course to end within <c>budget</c> (real
/// time) of its start, judged by the share of its log entries it has been through. A round behind that course does not
/// pause: pauses that made each round longer than the changes it covers would leave the next round more to do, and the
/// facts would fall ever further behind a busy log.
/// </summary>
internal sealed class RoundPace(long end, TimeSpan budget, double factor)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _start = -1;
    private long _windowFrom;
    private long _windowTo;
    private int _planned;
    private int _completed;

    /// <summary>A window of log entries [<paramref name="from"/>, <paramref name="to"/>) begins, with about <paramref name="transactions"/> transactions to run.</summary>
    public void BeginWindow(long from, long to, int transactions)
    {
        if (_start < 0)
        {
            _start = from;
        }

        (_windowFrom, _windowTo, _planned, _completed) = (from, to, transactions, 0);
    }

    /// <summary>The share of the round's entries gone through once the current transaction is done (0 to 1).</summary>
    public double Done
    {
        get
        {
            var total = end - _start;
            if (_start < 0 || total <= 0)
            {
                return 1;
            }

            var inWindow = _planned <= 0 ? 1 : Math.Min(1, _completed / (double)_planned);
            return Math.Clamp((_windowFrom - _start + ((_windowTo - _windowFrom) * inWindow)) / total, 0, 1);
        }
    }

    /// <summary>
    /// The pause after a transaction that took <paramref name="took"/>: <c>factor</c> times that, shortened to what keeps
    /// the round on its course, zero once it is behind.
    /// </summary>
    public TimeSpan PauseAfter(TimeSpan took)
    {
        _completed++;
        if (factor <= 0)
        {
            return TimeSpan.Zero;
        }

        var ahead = (budget * Done) - Stopwatch.GetElapsedTime(_started);
        var pause = took * factor;
        return ahead <= TimeSpan.Zero ? TimeSpan.Zero : ahead < pause ? ahead : pause;
    }
}
