using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages;

/// <summary>Staff sign-in, second step: the code of the enrolled second factor (TOTP).</summary>
[AllowAnonymous]
public sealed class SignInCodeModel(StaffSignIn signIn, ILogger<SignInCodeModel> logger) : CustosPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The sign-in cannot go on (expired, locked): only signing in again helps.</summary>
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.StaffSignInStep) is null ? Redirect("/signin") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var step = await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.StaffSignInStep);
        var result = await signIn.VerifyCodeAsync(step?.SessionId, Code, cancellationToken);
        if (result.IsSuccess)
        {
            return await SignInModel.ContinueAsync(HttpContext, Url, result.Value, step?.ReturnUrl, logger);
        }

        Log.SignInFailed(logger);
        ShowErrors(result.Errors);
        if (result.Error.Code is "sign-in.step-expired" or "sign-in.locked")
        {
            Expired = true;
            await SignInStepCookie.ForgetAsync(HttpContext, AuthSchemes.StaffSignInStep);
        }

        return Page();
    }
}
