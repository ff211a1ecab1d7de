namespace Custos.Domain.Access;

/// <summary>What a one-time code entered at sign-in turned out to be.</summary>
public enum CodeVerdict
{
    /// <summary>The code of now (within a step of clock drift), not used before.</summary>
    Accepted = 1,
    /// <summary>Not a code of this account's factor for any recent time.</summary>
    Wrong = 2,
    /// <summary>A code of this factor, but of a time already past the allowed drift.</summary>
    Expired = 3,
    /// <summary>A code (or an earlier one) that has already been used to sign in.</summary>
    Reused = 4,
}
