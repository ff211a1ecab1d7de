using Custos.Application.Agencies;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Portal;

/// <summary>The portal home: the officer, their agency and how far it is verified; the agency's requests (to come).</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class IndexModel(AgencyRegistry registry, OfficerAccounts officers, Application.Requests.RequestQueries queries) : PageModel
{
    public RegisteredAgency Agency { get; private set; } = null!;

    /// <summary>The signed-in officer; null when the page is opened with an agency API key.</summary>
    public RegisteredOfficer? Officer { get; private set; }

    /// <summary>The agency's latest requests.</summary>
    public IReadOnlyList<Application.Requests.RequestSummary> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var agency = await registry.GetAsync(User.Agency()!, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Officer = User.Officer() is { } officerId ? await officers.GetAsync(officerId, cancellationToken) : null;
        Requests = await queries.ListForAgencyAsync(agency.Id, 10, cancellationToken);
        return Page();
    }
}
