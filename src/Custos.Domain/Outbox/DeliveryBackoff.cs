namespace Custos.Domain.Outbox;

/// <summary>
/// When a notice whose delivery failed is tried again: the first retry after <see cref="First"/>, each next one after
/// twice the wait before it, never longer than <see cref="Cap"/>. A notice is never given up: past the cap it is tried
/// every <see cref="Cap"/> until it goes.
/// </summary>
/// <param name="First">The wait after the first failure (at least one second).</param>
/// <param name="Cap">The longest wait (at least <paramref name="First"/>).</param>
public sealed record DeliveryBackoff(TimeSpan First, TimeSpan Cap)
{
    /// <summary>One minute after the first failure, then 2, 4, 8 … minutes, at most six hours.</summary>
    public static DeliveryBackoff Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(6));

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row (1 for the first).</summary>
    public TimeSpan WaitAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var wait = First;
        for (var i = 1; i < failures && wait < Cap; i++)
        {
            wait = wait <= Cap / 2 ? wait * 2 : Cap;
        }

        return wait < Cap ? wait : Cap;
    }

    /// <summary>When the next attempt is due, after the <paramref name="failures"/>-th failure that ended at <paramref name="failedAt"/>.</summary>
    public DateTimeOffset NextAttempt(DateTimeOffset failedAt, int failures) => failedAt + WaitAfter(failures);

    /// <summary>What is wrong with these settings (empty when nothing).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (First < TimeSpan.FromSeconds(1))
        {
            problems.Add("The first retry waits at least one second.");
        }

        if (Cap < First)
        {
            problems.Add("The longest wait between retries is at least the first wait.");
        }

        return problems;
    }
}
