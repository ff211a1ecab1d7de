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
            StatusCodes.Status429TooManyRequests => ("Too many sign-in attempts", TooManyAttempts()),
            _ => ("Something is not right", "The page could not be shown."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status400BadRequest;
    }

    /// <summary>Says how long to wait, as the rate limiter's Retry-After does (and puts that header back if it was lost).</summary>
    private string TooManyAttempts()
    {
        if (HttpContext.Items[Hosting.SignInThrottling.RetryAfterItem] is not int seconds)
        {
            return "Too many sign-in attempts came from your address or for this account. Wait a minute, then try again.";
        }

        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Too many sign-in attempts came from your address or for this account. Wait {seconds} seconds, then try again. Nothing was checked or changed.");
    }
}
