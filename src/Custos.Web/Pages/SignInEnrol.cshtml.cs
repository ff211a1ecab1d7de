using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages;

/// <summary>
/// Staff sign-in when the roles require a second factor and none is enrolled: the factor is set up and confirmed here
/// before any session is issued.
/// </summary>
[AllowAnonymous]
public sealed class SignInEnrolModel(StaffSignIn signIn, ILogger<SignInEnrolModel> logger) : CustosPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The secret to show, or null when the sign-in cannot go on.</summary>
    public TotpEnrolment? Enrolment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var step = await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.StaffSignInStep);
        if (step is null)
        {
            return Redirect("/signin");
        }

        await ShowEnrolmentAsync(step.Value.SessionId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var step = await SignInStepCookie.ReadAsync(HttpContext, AuthSchemes.StaffSignInStep);
        var result = await signIn.ConfirmEnrolmentAsync(step?.SessionId, Code, cancellationToken);
        if (result.IsSuccess)
        {
            return await SignInModel.ContinueAsync(HttpContext, Url, result.Value, step?.ReturnUrl, logger);
        }

        await ShowEnrolmentAsync(step?.SessionId, cancellationToken);
        ShowErrors(result.Errors);
        return Page();
    }

    private async Task ShowEnrolmentAsync(string? sessionId, CancellationToken cancellationToken)
    {
        var enrolment = await signIn.BeginEnrolmentAsync(sessionId, cancellationToken);
        if (enrolment.IsSuccess)
        {
            Enrolment = enrolment.Value;
            // The secret is on this page: it must not be kept by any cache.
            Response.Headers.CacheControl = "no-store";
        }
        else
        {
            ShowErrors(enrolment.Errors);
            await SignInStepCookie.ForgetAsync(HttpContext, AuthSchemes.StaffSignInStep);
        }
    }
}
