using Custos.Application.Agencies;
using Custos.Application.SignIn;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Portal.Account;

/// <summary>A signed-in officer sets up an (optional) second factor for the portal.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class SecondFactorModel(OfficerSignIn signIn) : CustosPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The secret to show, or null when a factor is enrolled already.</summary>
    public TotpEnrolment? Enrolment { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Officer() is not { } officerId)
        {
            return Forbid();
        }

        await ShowAsync(officerId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Officer() is not { } officerId)
        {
            return Forbid();
        }

        var result = await signIn.ConfirmEnrolmentAsync(officerId, Code, cancellationToken);
        if (result.IsSuccess)
        {
            Confirmed = true;
            return Page();
        }

        await ShowAsync(officerId, cancellationToken);
        ShowErrors(result.Errors);
        return Page();
    }

    private async Task ShowAsync(string officerId, CancellationToken cancellationToken)
    {
        var enrolment = await signIn.BeginEnrolmentAsync(officerId, cancellationToken);
        if (enrolment.IsSuccess)
        {
            Enrolment = enrolment.Value;
            Response.Headers.CacheControl = "no-store";
        }
    }
}
