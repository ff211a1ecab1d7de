using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Account;

/// <summary>A signed-in member of staff sets up their second factor (the demo's exempt accounts and auditors too).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SecondFactorModel(StaffSignIn signIn) : CustosPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The secret to show, or null when a factor is enrolled already.</summary>
    public TotpEnrolment? Enrolment { get; private set; }

    public bool Required { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.ConfirmOwnEnrolmentAsync(User.UserId()!, Code, cancellationToken);
        if (result.IsSuccess)
        {
            Confirmed = true;
            return;
        }

        await ShowAsync(cancellationToken);
        ShowErrors(result.Errors);
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Required = SecondFactorRule.RequiredFor(User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));
        var enrolment = await signIn.BeginOwnEnrolmentAsync(User.UserId()!, cancellationToken);
        if (enrolment.IsSuccess)
        {
            Enrolment = enrolment.Value;
            Response.Headers.CacheControl = "no-store";
        }
    }
}
