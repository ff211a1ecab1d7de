using Custos.Application.Ledger;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Audit;

/// <summary>A subject's or reference's events, each verified against the published log.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TimelineModel(LedgerReader reader) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string Reference { get; set; } = string.Empty;

    public IReadOnlyList<TimelineItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Reference = Reference.Trim();
        if (Reference.Length == 0)
        {
            return Redirect("/audit/ledger");
        }

        Items = await reader.TimelineAsync(Reference, 200, cancellationToken);
        return Page();
    }
}
