using Custos.Domain.Access;

namespace Custos.Application.SignIn;

/// <summary>How sign-in resists guessing and theft: the lockout, the sessions' lifetimes and the second factor's name.</summary>
public sealed record SignInOptions
{
    /// <summary>Failures before a lockout, and the lockouts' delays (5; 15 minutes doubling up to a day).</summary>
    public LockoutPolicy Lockout { get; init; } = LockoutPolicy.Default;

    /// <summary>How long a session lasts from sign-in, however active it is (12 hours).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>How long the second step (the code, or enrolling a factor) may take after the password (10 minutes).</summary>
    public TimeSpan SecondStepLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a session's last use is written (at most once a minute, so that reading a page writes little).</summary>
    public TimeSpan LastSeenResolution { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The issuer an authenticator app shows beside the account (<c>Custos</c>).</summary>
    public string TotpIssuer { get; init; } = "Custos";

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(Lockout.Validate());
        if (SessionLifetime <= TimeSpan.Zero || SessionLifetime > TimeSpan.FromDays(7))
        {
            problems.Add("A session's lifetime must be positive and at most 7 days.");
        }

        if (SecondStepLifetime <= TimeSpan.Zero || SecondStepLifetime > TimeSpan.FromHours(1))
        {
            problems.Add("The second step's lifetime must be positive and at most an hour.");
        }

        return problems;
    }
}
