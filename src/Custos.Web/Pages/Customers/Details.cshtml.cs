using Custos.Application.Customers.Records;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Customers;

/// <summary>One customer's record as the platform holds it.</summary>
[Authorize(Policy = Policies.CustomerData)]
public sealed class DetailsModel(CustomerRecords records) : PageModel
{
    public CustomerRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string accountId, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(accountId, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
