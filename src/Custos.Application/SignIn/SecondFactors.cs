using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Storage.Entities;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace Custos.Application.SignIn;

/// <summary>
/// Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) through Otp.NET. The secret is kept only
/// protected by ASP.NET Core Data Protection (the host's key ring in the data folder); a code is accepted within one
/// step of now and never twice (the last used step is stored). Works on staff and officer accounts alike.
/// </summary>
public sealed class SecondFactors(IDataProtectionProvider protection, TimeProvider clock, SignInOptions options)
{
    /// <summary>The RFC 6238 step.</summary>
    public const int StepSeconds = 30;

    /// <summary>Digits in a code.</summary>
    public const int Digits = 6;

    /// <summary>160 bits, as RFC 4226 recommends for HMAC-SHA1.</summary>
    private const int SecretBytes = 20;

    private readonly IDataProtector _protector = protection.CreateProtector("Custos.SignIn.TotpSecret.v1");

    /// <summary>
    /// Starts (or shows again) the enrolment of a factor for <paramref name="account"/>: a new secret unless one is
    /// already waiting for confirmation. Staged on the caller's unit of work; nothing is active until confirmed.
    /// </summary>
    internal TotpEnrolment Begin(ISignInAccount account, string accountName)
    {
        ArgumentNullException.ThrowIfNull(account);
        string secret;
        if (account.TotpPendingSecret is { } pending)
        {
            secret = _protector.Unprotect(pending);
        }
        else
        {
            secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(SecretBytes));
            account.TotpPendingSecret = _protector.Protect(secret);
        }

        var uri = new OtpUri(OtpType.Totp, secret, accountName, options.TotpIssuer, OtpHashMode.Sha1, Digits, StepSeconds).ToString();
        return new TotpEnrolment(secret, uri, options.TotpIssuer, accountName);
    }

    /// <summary>
    /// Confirms the waiting secret with a code from the app: on success the factor is active (staged) and the code's
    /// step is used. Null on success, else why not.
    /// </summary>
    internal Error? Confirm(ISignInAccount account, string? code)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.TotpSecret is not null)
        {
            return SignInErrors.AlreadyEnrolled;
        }

        if (account.TotpPendingSecret is not { } pending)
        {
            return SignInErrors.NotEnrolling;
        }

        var (verdict, step) = Judge(_protector.Unprotect(pending), code, null);
        if (verdict != CodeVerdict.Accepted)
        {
            return ErrorFor(verdict, code);
        }

        account.TotpSecret = pending;
        account.TotpPendingSecret = null;
        account.TotpEnrolledAt = clock.GetUtcNow();
        account.TotpLastStep = step;
        return null;
    }

    /// <summary>Checks a sign-in code against the enrolled factor; on success the step is stored (staged) so that it is never accepted again.</summary>
    internal (CodeVerdict Verdict, Error? Error) Check(ISignInAccount account, string? code)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.TotpSecret is not { } secret)
        {
            throw new InvalidOperationException("The account has no second factor to check.");
        }

        var (verdict, step) = Judge(_protector.Unprotect(secret), code, account.TotpLastStep);
        if (verdict == CodeVerdict.Accepted)
        {
            account.TotpLastStep = step;
            return (verdict, null);
        }

        return (verdict, ErrorFor(verdict, code));
    }

    /// <summary>Whether <paramref name="code"/> looks like a code at all (6 digits, spaces allowed): anything else is not a guess.</summary>
    public static bool IsWellFormed(string? code) => Normalise(code) is { Length: Digits } digits && digits.All(char.IsAsciiDigit);

    /// <summary>Forgets the factor, enrolled or waiting (staged): an administrator's reset.</summary>
    internal static void Remove(ISignInAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.TotpSecret = null;
        account.TotpPendingSecret = null;
        account.TotpEnrolledAt = null;
        account.TotpLastStep = null;
    }

    private (CodeVerdict Verdict, long Step) Judge(string base32Secret, string? code, long? lastUsedStep)
    {
        if (!IsWellFormed(code))
        {
            return (CodeVerdict.Wrong, 0);
        }

        var now = clock.GetUtcNow();
        var totp = new Totp(Base32Encoding.ToBytes(base32Secret), StepSeconds, OtpHashMode.Sha1, Digits);
        var current = now.ToUnixTimeSeconds() / StepSeconds;
        var matched = totp.VerifyTotp(now.UtcDateTime, Normalise(code)!, out var step,
            new VerificationWindow(SecondFactorRule.RecognisedPastSteps, SecondFactorRule.AllowedDriftSteps));
        return (SecondFactorRule.Judge(matched ? step : null, current, lastUsedStep), step);
    }

    private static Error ErrorFor(CodeVerdict verdict, string? code) => verdict switch
    {
        _ when !IsWellFormed(code) => SignInErrors.CodeMalformed,
        CodeVerdict.Expired => SignInErrors.CodeExpired,
        CodeVerdict.Reused => SignInErrors.CodeReused,
        _ => SignInErrors.CodeWrong,
    };

    private static string? Normalise(string? code) => code?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
}
