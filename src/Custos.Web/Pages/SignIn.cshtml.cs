using System.Security.Claims;
using Custos.Application.Staff;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>Staff sign-in with username and password; sets the session cookie.</summary>
[AllowAnonymous]
public sealed class SignInModel(StaffAccounts staff, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await staff.SignInAsync(Username ?? string.Empty, Password ?? string.Empty, cancellationToken);
        if (!result.IsSuccess)
        {
            Log.SignInFailed(logger);
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var principal = new ClaimsPrincipal(CustosClaims.ForStaff(result.Value, AuthSchemes.Cookie));
        await HttpContext.SignInAsync(AuthSchemes.Cookie, principal);
        Log.SignedIn(logger, result.Value.Id);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
