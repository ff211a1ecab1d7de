using Custos.Application.Customers.Records;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Customers;

/// <summary>
/// One customer's record, opened on a need-to-know basis: the page first asks for the request it is opened for (one the
/// person may see, in review or decided, whose targets reach the customer) and the purpose; opening it is a ledger event.
/// </summary>
[Authorize(Policy = Policies.CustomerData)]
public sealed class DetailsModel(CustomerRecords records) : CustosPageModel
{
    [BindProperty(SupportsGet = true)]
    public string AccountId { get; set; } = string.Empty;

    /// <summary>The request to preselect (from a request page's link) or the one chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "request")]
    public string? RequestId { get; set; }

    [BindProperty]
    public CustomerAccessPurpose? Purpose { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The record, once opened.</summary>
    public CustomerRecord? Record { get; private set; }

    /// <summary>The requests the record could be opened for.</summary>
    public IReadOnlyList<RequestContextOption> Contexts { get; private set; } = [];

    /// <summary>Whether the person may read the customer's access history.</summary>
    public bool MayReadHistory => User.May(StaffAction.ReadCustomerAccessHistory);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowFormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await records.OpenAsync(AccountId, RequestActors.Of(User), RequestId, Purpose, Note, "console", cancellationToken);
        if (result.IsSuccess)
        {
            Record = result.Value;
            return Page();
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound && result.Errors[0].Code == "customers.not-found")
        {
            return NotFound();
        }

        ShowErrors(result.Errors);
        return await ShowFormAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowFormAsync(CancellationToken cancellationToken)
    {
        Contexts = await records.ContextsAsync(AccountId, RequestActors.Of(User), cancellationToken);
        return Page();
    }
}
