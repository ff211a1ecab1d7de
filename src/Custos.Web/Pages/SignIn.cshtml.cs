using System.Security.Claims;
using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages;

/// <summary>
/// Staff sign-in, first step: username and password. Straight into a session, or on to the code of the enrolled second
/// factor, or (when the roles require one and none is enrolled) to enrolling one first.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(StaffSignIn signIn, ILogger<SignInModel> logger) : CustosPageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(Username ?? string.Empty, Password ?? string.Empty, cancellationToken);
        if (!result.IsSuccess)
        {
            Log.SignInFailed(logger);
            ShowErrors(result.Errors);
            // The same status for an unknown name, a wrong password and a disabled account.
            Response.StatusCode = result.Error.Code == StaffErrors.SignInFailed.Code ? StatusCodes.Status401Unauthorized : Response.StatusCode;
            return Page();
        }

        return await ContinueAsync(HttpContext, Url, result.Value, ReturnUrl, logger);
    }

    /// <summary>Where a sign-in goes after a successful step: into its session, or to the step it still needs.</summary>
    internal static async Task<IActionResult> ContinueAsync(HttpContext context, IUrlHelper url, SignInStep<StaffMember> step, string? returnUrl, ILogger logger)
    {
        var session = step.Session;
        if (session.Stage != SignInStage.Active)
        {
            await SignInStepCookie.RememberAsync(context, AuthSchemes.StaffSignInStep, session.Id, session.ExpiresAt, returnUrl);
            return new RedirectResult(session.Stage == SignInStage.SecondFactor ? "/signin/code" : "/signin/enrol");
        }

        await SignInStepCookie.ForgetAsync(context, AuthSchemes.StaffSignInStep);
        var principal = new ClaimsPrincipal(CustosClaims.ForStaff(step.Account, AuthSchemes.Cookie, session.Id));
        await context.SignInAsync(AuthSchemes.Cookie, principal);
        Log.SignedIn(logger, step.Account.Id);
        return new LocalRedirectResult(url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
