using Custos.Application.Agencies;
using Custos.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal;

/// <summary>
/// Officer self-registration with an official address. If the address's domain belongs to a registered agency the
/// officer joins it; otherwise the agency described in the form is registered with that domain. Either way the account
/// waits for out-of-band verification.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(OfficerAccounts officers, ILogger<RegisterModel> logger) : CustosPageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? AgencyName { get; set; }
    [BindProperty] public string? AgencyCountry { get; set; }
    [BindProperty] public string? AgencyType { get; set; }

    /// <summary>Set once the officer is registered: the page then says what happens next.</summary>
    public OfficerRegistration? Registered { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await officers.SelfRegisterAsync(
            new OfficerSelfRegistration(Name, Title, Email, Phone, Password, AgencyName, AgencyCountry, AgencyType), cancellationToken);
        if (!result.IsSuccess)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        Registered = result.Value;
        Log.OfficerRegistered(logger, result.Value.Officer.Id, result.Value.Agency.Id, result.Value.AgencyCreated);
        return Page();
    }
}
