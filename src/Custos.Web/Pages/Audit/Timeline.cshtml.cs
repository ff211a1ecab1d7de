using Custos.Application.Ledger;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Audit;

/// <summary>A subject's or reference's events, each verified against the published log.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class TimelineModel(LedgerReader reader, Application.Common.ActorNames names) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string Reference { get; set; } = string.Empty;

    public IReadOnlyList<TimelineItem> Items { get; private set; } = [];

    /// <summary>The actors by name, for the timeline partial.</summary>
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary ActorNames { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Reference = Reference.Trim();
        if (Reference.Length == 0)
        {
            return Redirect("/audit/ledger");
        }

        Items = await reader.TimelineAsync(Reference, 200, cancellationToken);
        ActorNames = new(ViewData) { ["ActorNames"] = await names.ResolveAsync(Items.Select(i => i.Actor), cancellationToken) };
        return Page();
    }
}
