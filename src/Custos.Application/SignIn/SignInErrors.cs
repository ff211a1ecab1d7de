using System.Globalization;
using Custos.Domain.Common;

namespace Custos.Application.SignIn;

/// <summary>The expected failures of signing in that staff and officers share (the password's own are per kind).</summary>
public static class SignInErrors
{
    /// <summary>Said whatever password was typed, so that a lockout cannot be used to confirm a guess.</summary>
    public static Error Locked(DateTimeOffset until) => Error.Forbidden(
        "sign-in.locked",
        $"This account is locked after repeated failed sign-ins, until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. " +
        "Try again then, or ask an administrator to unlock it sooner.");

    public static Error CodeMalformed { get; } = Error.Invalid(
        "sign-in.code-malformed", "Enter the 6 digits your authenticator app shows for Custos.", "code");

    public static Error CodeWrong { get; } = Error.Forbidden(
        "sign-in.code-wrong", "That code is not right. Enter the code your authenticator app shows now.");

    public static Error CodeExpired { get; } = Error.Forbidden(
        "sign-in.code-expired", "That code has expired (codes change every 30 seconds). Enter the code your app shows now; if they keep expiring, check the device's clock.");

    public static Error CodeReused { get; } = Error.Forbidden(
        "sign-in.code-reused", "That code has already been used. Wait for your app to show the next code and enter that one.");

    public static Error StepExpired { get; } = Error.Forbidden(
        "sign-in.step-expired", "This sign-in has expired or was not started. Sign in again with your password.");

    public static Error AlreadyEnrolled { get; } = Error.Conflict(
        "sign-in.second-factor-enrolled", "A second factor is already enrolled. To replace it, ask an administrator to reset it.");

    public static Error NotEnrolling { get; } = Error.Conflict(
        "sign-in.not-enrolling", "No second factor is being enrolled: open the enrolment page to get a new secret.");

    public static Error ExemptionOnlyByCustos { get; } = Error.Forbidden(
        "staff.exemption-only-by-custos", "Only Custos itself (the demo) exempts an account from the second factor.");
}
