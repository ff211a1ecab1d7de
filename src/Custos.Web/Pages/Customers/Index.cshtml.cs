using Custos.Application.Customers.Search;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Customers;

/// <summary>The customer list with search.</summary>
[Authorize(Policy = Policies.CustomerData)]
public sealed class IndexModel(CustomerSearch search) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public CustomerSearch.Page Result { get; private set; } = new([], 0, 0, PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await search.SearchAsync(Query, Skip, PageSize, cancellationToken);
}
