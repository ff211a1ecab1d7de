using System.Security.Claims;
using Custos.Domain.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>The home page: what each of the signed-in person's roles does in Custos.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(Application.Customers.Search.CustomerSearch customers) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;
    public string Region { get; private set; } = string.Empty;
    public bool IsRegional { get; private set; }
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<string> Tasks { get; private set; } = [];
    public int CustomerCount { get; private set; }
    public DateTimeOffset? LastImport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.FindFirstValue(CustosClaims.DisplayName) ?? User.Identity?.Name ?? string.Empty;
        Region = User.FindFirstValue(CustosClaims.Region) ?? StaffRegion.Global;
        IsRegional = StaffRegion.IsRegional(Region);
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        Tasks = Roles.SelectMany(TasksOf).Distinct(StringComparer.Ordinal).ToArray();
        var summary = await customers.SummaryAsync(cancellationToken);
        CustomerCount = summary.Customers;
        LastImport = summary.LastImport;
    }

    private static IEnumerable<string> TasksOf(string role) => role switch
    {
        StaffRole.IntakeAnalyst => ["Take in requests from the portal, the API and paper orders; record informal approaches.", "Verify agencies and officers out-of-band.", "Resolve each target to the platform's customers."],
        StaffRole.LegalReviewer => ["Read the scrutiny report and decide, per target and data category, on the legal sufficiency of a request."],
        StaffRole.ComplianceOfficer => ["Decide on requests as the compliance function; screen customers against sanctions lists."],
        StaffRole.PrivacyOfficer => ["Decide on requests as data-protection officer; check that disclosures are minimal and customers are told when the law allows."],
        StaffRole.HumanRightsReviewer => ["Review every request with a political or human-rights flag; your approval is required for those."],
        StaffRole.SeniorEscalation => ["Decide escalated and highest-risk requests, and informal approaches."],
        StaffRole.Administrator => ["Manage staff accounts, roles and API keys; import the platform's customer data; configure policy."],
        StaffRole.Auditor => ["Verify the ledger and the transparency reports against it."],
        _ => [],
    };
}
