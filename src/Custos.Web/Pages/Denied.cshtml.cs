using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>Shown when a signed-in member of staff asks for a page their role does not allow. Shows no data.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
