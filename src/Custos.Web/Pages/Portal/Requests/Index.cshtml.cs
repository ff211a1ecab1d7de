using Custos.Application.Requests;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal.Requests;

/// <summary>The agency's requests and where each stands.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class IndexModel(RequestQueries queries) : PageModel
{
    public IReadOnlyList<RequestSummary> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await queries.ListForAgencyAsync(User.Agency()!, cancellationToken: cancellationToken);
}
