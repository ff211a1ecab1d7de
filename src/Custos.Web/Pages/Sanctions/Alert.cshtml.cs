using Custos.Application.Sanctions.Alerts;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Sanctions;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Sanctions;

/// <summary>
/// One alert: the customer's facts as screened (stored on the alert; the customer's record is not opened), the list
/// entry, the score and its explanation; compliance officers confirm or dismiss it with a reason.
/// </summary>
[Authorize(Policy = Policies.SanctionsAlerts)]
public sealed class AlertModel(SanctionsAlerts alerts) : CustosPageModel
{
    public AlertView? Alert { get; private set; }

    /// <summary>Whether the signed-in member of staff may decide alerts.</summary>
    public bool CanDecide { get; private set; }

    /// <summary>What the last decision did.</summary>
    public string? Message { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken cancellationToken) => DecideAsync(id, AlertStatus.Confirmed, cancellationToken);

    public Task<IActionResult> OnPostDismissAsync(string id, CancellationToken cancellationToken) => DecideAsync(id, AlertStatus.Dismissed, cancellationToken);

    private async Task<IActionResult> DecideAsync(string id, AlertStatus decision, CancellationToken cancellationToken)
    {
        var result = await alerts.DecideAsync(id, decision, Reason, RequestActors.Of(User), cancellationToken);
        if (result.IsSuccess)
        {
            Message = decision == AlertStatus.Confirmed
                ? "Confirmed: the account is restricted and the decision is in the ledger."
                : "Dismissed: this pair is not raised again unless the customer's screened facts or the entry change.";
            Reason = null;
            return await LoadAsync(id, cancellationToken);
        }

        var shown = await LoadAsync(id, cancellationToken);
        ShowErrors(result.Errors);
        return shown;
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var result = await alerts.GetAsync(id, RequestActors.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            ShowErrors(result.Errors);
            return Page();
        }

        Alert = result.Value;
        CanDecide = User.May(StaffAction.DisposeSanctionsAlerts) && Alert.Status == AlertStatus.Open;
        return Page();
    }
}
