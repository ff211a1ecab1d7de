using System.Security.Claims;
using Custos.Application.Agencies;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal;

/// <summary>Officer sign-in with the official e-mail address and password; sets the portal cookie (never the staff one).</summary>
[AllowAnonymous]
public sealed class SignInModel(OfficerAccounts officers, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

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
        var result = await officers.SignInAsync(Email ?? string.Empty, Password ?? string.Empty, cancellationToken);
        if (!result.IsSuccess)
        {
            Log.OfficerSignInFailed(logger);
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(AuthSchemes.Agency, new ClaimsPrincipal(CustosClaims.ForOfficer(result.Value, AuthSchemes.Agency)));
        Log.OfficerSignedIn(logger, result.Value.OfficerId, result.Value.AgencyId);
        // Only back into the portal: a return address elsewhere (the staff console) would only be refused.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/portal", StringComparison.Ordinal) ? ReturnUrl : "/portal");
    }
}
