using Custos.Application.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>
/// Ends the session on the server — so that a copy of the cookie stops working at once — and in the browser, and
/// records it (POST only, with the anti-forgery token).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SignOutModel(StaffSignIn signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(User.Session(), cancellationToken);
        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return Redirect("/signin");
    }
}
