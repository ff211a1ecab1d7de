using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>Ends the session (POST only, with the anti-forgery token) and records it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SignOutModel(LedgerAppender ledger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (userId is not null)
        {
            await ledger.AppendAsync(LedgerEventTypes.StaffSignedOut, Actor.Staff(userId), "staff:" + userId, new { userId }, cancellationToken: cancellationToken);
        }

        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return Redirect("/signin");
    }
}
