using Custos.Application.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;
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
public sealed class RegisterModel(OfficerAccounts officers, AgencyRegistry registry, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? AgencyName { get; set; }
    [BindProperty] public string? AgencyCountry { get; set; }
    [BindProperty] public string? AgencyType { get; set; }

    public IReadOnlyList<Error> Errors { get; private set; } = [];

    /// <summary>Set once the officer is registered: the page then says what happens next.</summary>
    public OfficerRegistration? Registered { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var existing = EmailAddresses.TryNormalise(Email, out _, out var domain) ? await registry.FindByDomainAsync(domain, cancellationToken) : null;
        NewOfficerAgency? newAgency = null;
        if (existing is null)
        {
            if (!KebabCase.TryParse<AgencyType>(AgencyType, out var type))
            {
                Errors = [AgencyErrors.TypeInvalid(AgencyType) with { Field = "agency.type" }];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            newAgency = new NewOfficerAgency(AgencyName ?? string.Empty, AgencyCountry ?? string.Empty, type);
        }

        var result = await officers.RegisterAsync(
            new NewOfficer(Name ?? string.Empty, Title, Email ?? string.Empty, Phone, Password ?? string.Empty, existing?.Id, newAgency), cancellationToken);
        if (!result.IsSuccess)
        {
            Errors = result.Errors;
            Response.StatusCode = result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }

        Registered = result.Value;
        Log.OfficerRegistered(logger, result.Value.Officer.Id, result.Value.Agency.Id, result.Value.AgencyCreated);
        return Page();
    }
}
