using System.Security.Claims;
using Custos.Application.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Custos.Web.Security;

/// <summary>
/// Re-reads the member of staff on every request, so that a disabled account or a changed role takes effect at once
/// rather than when the cookie expires.
/// </summary>
public sealed class StaffCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Principal?.UserId();
        var staff = context.HttpContext.RequestServices.GetRequiredService<StaffAccounts>();
        var member = userId is null ? null : await staff.GetByIdAsync(userId, context.HttpContext.RequestAborted);
        if (member is null || member.IsDisabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }

        context.ReplacePrincipal(new ClaimsPrincipal(CustosClaims.ForStaff(member, AuthSchemes.Cookie)));
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
