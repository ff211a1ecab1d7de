using Custos.Application.Agencies;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Portal;

/// <summary>Officer sign-in, second step: the code of the officer's second factor (TOTP).</summary>
[AllowAnonymous]
public sealed class SignInCodeModel(OfficerSignIn signIn, ILogger<SignInCodeModel> logger) : CustosPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The sign-in cannot go on (expired, locked): only signing in again helps.</summary>
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.AgencySignInStep) is null ? Redirect("/portal/signin") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var step = await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.AgencySignInStep);
        var result = await signIn.VerifyCodeAsync(step?.SessionId, Code, cancellationToken);
        if (result.IsSuccess)
        {
            return await SignInModel.ContinueAsync(HttpContext, Url, result.Value, step?.ReturnUrl, logger);
        }

        Log.OfficerSignInFailed(logger);
        ShowErrors(result.Errors);
        if (result.Error.Code is "sign-in.step-expired" or "sign-in.locked")
        {
            Expired = true;
            await SignInStepCookie.ForgetAsync(HttpContext, AuthSchemes.AgencySignInStep);
        }

        return Page();
    }
}
