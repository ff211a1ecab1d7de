using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>
/// The page a person sees for an HTTP error without a page of its own (a mistyped address, a method a form does not
/// use). Re-executed by the status-code pages with the original status kept; shows no data.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. Check the address, or start again from the home page."),
            StatusCodes.Status405MethodNotAllowed => ("Not possible here", "This address does not take that kind of request."),
            StatusCodes.Status415UnsupportedMediaType => ("Not possible here", "This address does not take that kind of content."),
            _ => ("Something is not right", "The page could not be shown."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status400BadRequest;
    }
}
