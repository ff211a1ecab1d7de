using Custos.Domain.Common;
using Custos.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages;

/// <summary>
/// The base of every page that shows errors: one way to turn expected errors into what the person sees — the status
/// the error's kind promises (the same as the API's), the messages, and each field's own messages beside it.
/// </summary>
public abstract class CustosPageModel : PageModel
{
    /// <summary>The errors of the last action, shown at the top of the page.</summary>
    public IReadOnlyList<Error> Errors { get; private set; } = [];

    /// <summary>The messages of the errors about <paramref name="field"/>.</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Errors.Where(e => string.Equals(e.Field, field, StringComparison.Ordinal)).Select(e => e.Message);

    /// <summary>Shows <paramref name="errors"/> with the status the first one's kind promises (nothing when empty).</summary>
    protected void ShowErrors(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = ErrorResults.StatusOf(errors[0].Kind);
        }
    }
}
