using System.Security.Claims;
using Custos.Application.Agencies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Custos.Web.Security;

/// <summary>
/// Checks the cookie's server-side session and re-reads the officer on every request, so that signing out, disabling
/// the officer or failing the agency's verification locks the portal at once rather than when the cookie expires. API
/// requests get 401/403 rather than a redirect.
/// </summary>
public sealed class AgencyCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessionId = context.Principal?.Session();
        var signIn = context.HttpContext.RequestServices.GetRequiredService<OfficerSignIn>();
        var officer = sessionId is null ? null : await signIn.ValidateSessionAsync(sessionId, context.HttpContext.RequestAborted);
        if (officer is null || !string.Equals(officer.OfficerId, context.Principal?.Officer(), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Agency);
            return;
        }

        context.ReplacePrincipal(new ClaimsPrincipal(CustosClaims.ForOfficer(officer, AuthSchemes.Agency, sessionId)));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StaffCookieEvents.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StaffCookieEvents.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return base.RedirectToAccessDenied(context);
    }
}
