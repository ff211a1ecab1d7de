using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Custos.Web.Security;

/// <summary>
/// The cookie that carries a sign-in from its password step to its second step: the pending session's id and where to
/// go afterwards, in a data-protected, HTTP-only, same-site cookie scoped to the sign-in pages. It is not a session.
/// </summary>
public static class SignInStepCookie
{
    private const string ReturnUrlClaim = "custos:return-url";

    /// <summary>Remembers the pending session <paramref name="sessionId"/> (until <paramref name="expiresAt"/>).</summary>
    public static Task RememberAsync(HttpContext context, string scheme, string sessionId, DateTimeOffset expiresAt, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = new ClaimsIdentity(scheme);
        identity.AddClaim(new Claim(CustosClaims.SessionId, sessionId));
        if (!string.IsNullOrEmpty(returnUrl))
        {
            identity.AddClaim(new Claim(ReturnUrlClaim, returnUrl));
        }

        return context.SignInAsync(scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = expiresAt, IsPersistent = false });
    }

    /// <summary>The pending session and return address, or null when there is no (valid) step cookie.</summary>
    public static async Task<(string SessionId, string? ReturnUrl)?> ReadAsync(HttpContext context, string scheme)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(scheme);
        var sessionId = result.Succeeded ? result.Principal.FindFirstValue(CustosClaims.SessionId) : null;
        return sessionId is null ? null : (sessionId, result.Principal!.FindFirstValue(ReturnUrlClaim));
    }

    /// <summary>Forgets the step (the sign-in completed or was abandoned).</summary>
    public static Task ForgetAsync(HttpContext context, string scheme)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SignOutAsync(scheme);
    }
}
