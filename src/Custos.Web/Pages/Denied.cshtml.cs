using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>
/// Shown when a signed-in member of staff asks for a page their role or region does not allow (the refusal is already in
/// the ledger). Says what they may not do and who may; shows no data.
/// </summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    /// <summary>Why, in words: the Domain's refusal for this person and the action refused, when both are known.</summary>
    public string Reason { get; private set; } = "Your role does not give access to this page. If you need it, ask an administrator.";

    public void OnGet()
    {
        if (KebabCase.TryParse<StaffAction>(Action, out var action) && RequestActors.TryOf(User) is { Kind: ActorKind.Staff } actor)
        {
            Reason = AccessRules.Denied(actor, action).Message;
        }
    }
}
