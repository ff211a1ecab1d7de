using Custos.Application.Common;
using Custos.Application.Customers.Records;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Customers;

/// <summary>
/// Who reached a customer's data, when and why — every opening of the record, every search that showed the customer and
/// every refused attempt — for privacy officers and auditors. Shows no customer data.
/// </summary>
[Authorize(Policy = Policies.CustomerAccessHistory)]
public sealed class AccessModel(CustomerAccessHistory history, ActorNames names) : CustosPageModel
{
    [BindProperty(SupportsGet = true)]
    public string AccountId { get; set; } = string.Empty;

    public IReadOnlyList<CustomerAccess> Accesses { get; private set; } = [];

    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await history.ListAsync(AccountId, RequestActors.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors[0].Kind == Domain.Common.ErrorKind.NotFound)
            {
                return NotFound();
            }

            ShowErrors(result.Errors);
            return Page();
        }

        Accesses = result.Value;
        People = await names.ResolveAsync(Accesses.Select(a => a.Actor), cancellationToken);
        return Page();
    }
}
