using System.Security.Claims;
using Custos.Application.Agencies;
using Custos.Application.SignIn;
using Custos.Domain.Access;
using Custos.Web.Hosting;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Portal;

/// <summary>
/// Officer sign-in with the official e-mail address and password; sets the portal cookie (never the staff one), or goes
/// on to the code when the officer has enrolled a second factor.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(OfficerSignIn signIn, ILogger<SignInModel> logger) : CustosPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(Email ?? string.Empty, Password ?? string.Empty, cancellationToken);
        if (!result.IsSuccess)
        {
            Log.OfficerSignInFailed(logger);
            ShowErrors(result.Errors);
            Response.StatusCode = result.Error.Code == OfficerErrors.SignInFailed.Code ? StatusCodes.Status401Unauthorized : Response.StatusCode;
            return Page();
        }

        return await ContinueAsync(HttpContext, Url, result.Value, ReturnUrl, logger);
    }

    /// <summary>Where an officer's sign-in goes after a successful step: into the portal, or to the code.</summary>
    internal static async Task<IActionResult> ContinueAsync(HttpContext context, IUrlHelper url, SignInStep<OfficerPrincipal> step, string? returnUrl, ILogger logger)
    {
        var session = step.Session;
        if (session.Stage != SignInStage.Active)
        {
            await SignInStepCookie.RememberAsync(context, AuthSchemes.AgencySignInStep, session.Id, session.ExpiresAt, returnUrl);
            return new RedirectResult("/portal/signin/code");
        }

        await SignInStepCookie.ForgetAsync(context, AuthSchemes.AgencySignInStep);
        await context.SignInAsync(AuthSchemes.Agency, new ClaimsPrincipal(CustosClaims.ForOfficer(step.Account, AuthSchemes.Agency, session.Id)));
        Log.OfficerSignedIn(logger, step.Account.OfficerId, step.Account.AgencyId);
        // Only back into the portal: a return address elsewhere (the staff console) would only be refused.
        return new LocalRedirectResult(url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/portal", StringComparison.Ordinal) ? returnUrl : "/portal");
    }
}
