namespace Custos.Web.Hosting;

/// <summary>
/// How many sign-in attempts (password or code, staff or portal) the rate limiter lets through per window: per source
/// address, and per account name submitted (or pending sign-in, for the code step). Beyond that, 429 with Retry-After.
/// </summary>
public sealed record SignInThrottleOptions
{
    /// <summary>Attempts per source address per window (20).</summary>
    public int PerAddress { get; init; } = 20;

    /// <summary>Attempts per account per window (10).</summary>
    public int PerAccount { get; init; } = 10;

    /// <summary>The sliding window (one minute, in 6 segments of 10 seconds).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The problems with these numbers, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (PerAddress is < 1 or > 100_000 || PerAccount is < 1 or > 100_000)
        {
            problems.Add("Sign-in attempts per address and per account must be between 1 and 100,000 a window.");
        }

        if (Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1))
        {
            problems.Add("The sign-in throttling window must be between a second and a day.");
        }

        return problems;
    }
}
