using Custos.Application.Customers.Search;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Customers;

/// <summary>
/// Customer search: who matches a name, e-mail, phone, account id or wallet address — names, countries and status, no
/// birth dates, addresses, contact details or documents. Each search is ledgered; the full customer base is not listed.
/// </summary>
[Authorize(Policy = Policies.CustomerData)]
public sealed class IndexModel(CustomerSearch search) : CustosPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    /// <summary>The page of results, or null before a search.</summary>
    public CustomerSearch.Page? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        var result = await search.SearchAsync(RequestActors.Of(User), Query, Skip, PageSize, "console", cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            ShowErrors(result.Errors);
        }
    }
}
