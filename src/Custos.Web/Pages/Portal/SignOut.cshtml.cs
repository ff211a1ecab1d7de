using Custos.Application.Agencies;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal;

/// <summary>Ends the officer's portal session on the server and in the browser (POST only, with the anti-forgery token).</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class SignOutModel(OfficerSignIn signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(User.Session(), cancellationToken);
        await HttpContext.SignOutAsync(AuthSchemes.Agency);
        return Redirect("/portal/signin");
    }
}
