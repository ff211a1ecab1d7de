namespace Custos.Domain.Access;

/// <summary>
/// When repeated failed sign-ins lock an account and for how long: after <see cref="MaxFailures"/> consecutive failures
/// the account is locked for <see cref="FirstDelay"/>, doubled for each further lockout without a successful sign-in in
/// between, never more than <see cref="MaxDelay"/>. An administrator can unlock it sooner.
/// </summary>
public sealed record LockoutPolicy(int MaxFailures, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Five failures, then 15 minutes, 30, 60 … up to a day.</summary>
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromHours(24));

    /// <summary>How long the <paramref name="lockout"/>-th lockout in a row lasts (the first is 1).</summary>
    public TimeSpan DelayFor(int lockout)
    {
        var doublings = Math.Clamp(lockout - 1, 0, 30);
        var ticks = FirstDelay.Ticks;
        for (var i = 0; i < doublings && ticks < MaxDelay.Ticks; i++)
        {
            ticks = checked(ticks * 2);
        }

        return TimeSpan.FromTicks(Math.Min(ticks, MaxDelay.Ticks));
    }

    /// <summary>The problems with these numbers, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxFailures is < 1 or > 100)
        {
            problems.Add("The failures before a lockout must be between 1 and 100.");
        }

        if (FirstDelay <= TimeSpan.Zero || MaxDelay < FirstDelay)
        {
            problems.Add("The first lockout delay must be positive and no longer than the longest delay.");
        }

        return problems;
    }
}
