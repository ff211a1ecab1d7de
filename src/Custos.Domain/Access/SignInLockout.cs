namespace Custos.Domain.Access;

/// <summary>
/// The lockout rule: what a failed or successful sign-in does to an account's <see cref="SignInCounter"/>. A failure
/// while locked changes nothing (it is refused before the password is judged); the failure that reaches the policy's
/// limit locks the account and starts counting afresh.
/// </summary>
public static class SignInLockout
{
    /// <summary>The counter after a failed attempt at <paramref name="now"/>, and whether this failure locked the account.</summary>
    public static (SignInCounter Counter, bool LockedNow) AfterFailure(SignInCounter counter, DateTimeOffset now, LockoutPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (counter.IsLockedAt(now))
        {
            return (counter, false);
        }

        var failures = counter.Failures + 1;
        if (failures < policy.MaxFailures)
        {
            return (counter with { Failures = failures }, false);
        }

        var lockouts = counter.Lockouts + 1;
        return (new SignInCounter(0, lockouts, now + policy.DelayFor(lockouts)), true);
    }

    /// <summary>A successful sign-in forgets the failures and the lockouts.</summary>
    public static SignInCounter AfterSuccess() => new(0, 0, null);

    /// <summary>An administrator's unlock: the lockout ends now and the failures are forgotten.</summary>
    public static SignInCounter AfterUnlock() => new(0, 0, null);
}
