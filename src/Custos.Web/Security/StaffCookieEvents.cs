using System.Security.Claims;
using Custos.Application.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Custos.Web.Security;

/// <summary>
/// Checks the cookie's server-side session and re-reads the member of staff on every request, so that signing out (even
/// where a copy of the cookie lives on), a disabled account, a changed role or the session's absolute expiry takes
/// effect at once rather than when the cookie expires.
/// </summary>
public sealed class StaffCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessionId = context.Principal?.Session();
        var signIn = context.HttpContext.RequestServices.GetRequiredService<StaffSignIn>();
        var member = sessionId is null ? null : await signIn.ValidateSessionAsync(sessionId, context.HttpContext.RequestAborted);
        if (member is null || !string.Equals(member.Id, context.Principal?.UserId(), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }

        context.ReplacePrincipal(new ClaimsPrincipal(CustosClaims.ForStaff(member, AuthSchemes.Cookie, sessionId)));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return base.RedirectToAccessDenied(context);
    }

    /// <summary>Whether a request is for the API (answered 401/403) rather than a page (redirected).</summary>
    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
}
