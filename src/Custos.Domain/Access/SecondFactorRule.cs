using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// Who must sign in with a second factor (a time-based one-time code): every member of staff whose roles can approve
/// (the reviewer roles), verify (intake analysts) or administer (administrators). Auditors and agency officers may enrol
/// one but are not required to. An account that has enrolled always uses it, required or not.
/// </summary>
public static class SecondFactorRule
{
    /// <summary>The roles that require a second factor: the reviewers, the intake analyst and the administrator.</summary>
    public static IReadOnlyList<string> RequiringRoles { get; } =
        [StaffRole.IntakeAnalyst, .. StaffRole.Reviewers, StaffRole.Administrator];

    /// <summary>Whether a member of staff holding <paramref name="roles"/> must sign in with a second factor.</summary>
    public static bool RequiredFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(role => RequiringRoles.Contains(role, StringComparer.Ordinal));
    }

    /// <summary>
    /// What the password step leads to: straight in, the code of an enrolled factor, or (when the roles require a factor
    /// and none is enrolled) enrolment before any session is issued. <paramref name="exempt"/> is the demo's exemption.
    /// </summary>
    public static SignInStage NextStep(bool enrolled, bool required, bool exempt) =>
        enrolled ? SignInStage.SecondFactor
        : required && !exempt ? SignInStage.Enrolment
        : SignInStage.Active;

    /// <summary>
    /// Judges a one-time code. <paramref name="matchedStep"/> is the time step whose code was entered (null when it
    /// matched none of the recent steps), <paramref name="currentStep"/> the step of now, <paramref name="lastUsedStep"/>
    /// the step of the last code this account used. A code is accepted within one step either side of now (clock drift)
    /// and only once: a step at or before the last used one is a replay.
    /// </summary>
    public static CodeVerdict Judge(long? matchedStep, long currentStep, long? lastUsedStep)
    {
        if (matchedStep is not { } step)
        {
            return CodeVerdict.Wrong;
        }

        if (step < currentStep - AllowedDriftSteps)
        {
            return CodeVerdict.Expired;
        }

        if (step > currentStep + AllowedDriftSteps)
        {
            return CodeVerdict.Wrong;
        }

        return lastUsedStep is { } last && step <= last ? CodeVerdict.Reused : CodeVerdict.Accepted;
    }

    /// <summary>How many 30-second steps a code may be early or late (RFC 6238 section 5.2 recommends one).</summary>
    public const int AllowedDriftSteps = 1;

    /// <summary>How many steps back a code is still recognised, to tell "expired" from "wrong".</summary>
    public const int RecognisedPastSteps = 10;
}
