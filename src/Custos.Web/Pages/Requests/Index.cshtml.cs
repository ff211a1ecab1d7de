using Custos.Application.Requests;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Requests;

/// <summary>The reviewers' queue: soonest deadline first, overdue requests marked.</summary>
[Authorize(Policy = Policies.Requests)]
public sealed class IndexModel(RequestQueries queries, TimeProvider clock, IntakeOptions intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public QueueView View { get; set; } = QueueView.Open;

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>The country where the platform answering demands is established.</summary>
    public string ProviderCountry => intake.ProviderCountry;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Items = await queries.QueueAsync(RequestActors.Of(User), View, cancellationToken: cancellationToken);
    }
}
