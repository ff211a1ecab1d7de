namespace Custos.Application.Transparency.Facts;

/// <summary>How often the server logs the public facts of requests and restrictions that changed.</summary>
public sealed record TransparencyFactsOptions
{
    /// <summary>
    /// The shortest time between two rounds. Longer rounds log more changes together (in an order that does not follow
    /// the changes), so that the log says less about which event changed which facts; a report brings them up to date
    /// whenever it is published.
    /// </summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The most log entries looked at for changes in one round.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>
    /// The most requests (or restrictions) whose facts are logged in one transaction: small enough that the write lock is
    /// held for milliseconds, not for the time of a whole burst.
    /// </summary>
    public int MaxFactsPerTransaction { get; init; } = 50;

    /// <summary>
    /// How long a round pauses after each transaction, as a multiple of the time the transaction took (real time): with
    /// 2, a round that has many facts to log takes at most a third of one processor and of the write lock, and the
    /// requests served meanwhile see its work spread out instead of in one burst. The pauses are shortened, down to none,
    /// where they would keep the round from ending within four fifths of <see cref="Interval"/> (<c>RoundPace</c>), so
    /// that they never make the facts fall behind a busy log. 0 runs the transactions back to back.
    /// </summary>
    public double PauseFactor { get; init; } = 2;
}
