using Custos.Application.Sanctions.Alerts;
using Custos.Domain.Common;
using Custos.Domain.Sanctions;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Sanctions;

/// <summary>The sanctions alert queue: open alerts first, then the decided ones, newest first.</summary>
[Authorize(Policy = Policies.SanctionsAlerts)]
public sealed class AlertsModel(SanctionsAlerts alerts) : CustosPageModel
{
    public IReadOnlyList<AlertSummary> Alerts { get; private set; } = [];

    /// <summary>The status shown (<c>open</c>, <c>confirmed</c>, <c>dismissed</c>), or null for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        AlertStatus? wanted = null;
        if (!string.IsNullOrEmpty(Status))
        {
            if (!KebabCase.TryParse<AlertStatus>(Status, out var parsed))
            {
                ShowErrors([Error.Invalid("sanctions.status-invalid", $"'{Status}' is not a status; use one of: {KebabCase.AllowedValues<AlertStatus>()}.", "status")]);
                return Page();
            }

            wanted = parsed;
        }

        var result = await alerts.ListAsync(RequestActors.Of(User), wanted, cancellationToken: cancellationToken);
        if (!result.IsSuccess)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        Alerts = result.Value;
        return Page();
    }
}
