using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Agencies;

/// <summary>The agency registry: every agency with its verification and flags; keepers of the registry add agencies here.</summary>
[Authorize(Policy = Policies.Requests)]
public sealed class IndexModel(AgencyRegistry registry) : CustosPageModel
{
    public IReadOnlyList<RegisteredAgency> Agencies { get; private set; } = [];
    public bool CanManage { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Verification { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Domains { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        if (!KebabCase.TryParse<AgencyType>(Type, out var type))
        {
            return await FailAsync([AgencyErrors.TypeInvalid(Type)], cancellationToken);
        }

        var domains = (Domains ?? string.Empty).Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var result = await registry.RegisterAsync(new NewAgency(Name ?? string.Empty, Country ?? string.Empty, type, domains), RequestActors.Of(User), cancellationToken);
        return result.IsSuccess ? RedirectToPage("Details", new { id = result.Value.Id }) : await FailAsync(result.Errors, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(IReadOnlyList<Error> errors, CancellationToken cancellationToken)
    {
        ShowErrors(errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = User.May(StaffAction.RegisterAgency);
        AgencyVerification? verification = KebabCase.TryParse<AgencyVerification>(Verification, out var v) ? v : null;
        Agencies = await registry.ListAsync(new AgencyFilter(Verification: verification, Text: Q), cancellationToken);
    }
}
