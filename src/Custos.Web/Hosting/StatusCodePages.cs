using Custos.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Custos.Web.Hosting;

/// <summary>
/// Answers an HTTP error that has no body yet: RFC 9457 problem details for the API and the ledger's machine paths, and
/// an HTML page (the <c>/status/{code}</c> page, re-executed so the status stays) for people.
/// </summary>
internal static class StatusCodePages
{
    /// <summary>Adds the two: problem details on machine paths, the re-executed status page elsewhere.</summary>
    public static WebApplication UseCustosStatusCodePages(this WebApplication app)
    {
        app.UseWhen(context => IsMachinePath(context.Request.Path), machine => machine.UseStatusCodePages(WriteProblemAsync));
        app.UseWhen(context => !IsMachinePath(context.Request.Path), people => people.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    private static async Task WriteProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (code, message) = status switch
        {
            StatusCodes.Status404NotFound => ("not-found", "There is nothing at this address; see the API description at /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", $"This address does not take {http.Request.Method}."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type", "This address does not take that content type."),
            StatusCodes.Status401Unauthorized => ("unauthenticated", "Authenticate with an API key: Authorization: Bearer custos_…"),
            StatusCodes.Status403Forbidden => ("forbidden", "This key or account may not do this."),
            _ => ("status-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), "The request could not be answered."),
        };
        await Results.Problem(type: ErrorResults.TypePrefix + "http." + code, title: ReasonPhrase(status), detail: message, statusCode: status)
            .ExecuteAsync(http);
    }

    /// <summary>The API and the ledger's read paths answer machines.</summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.Ordinal) || path.StartsWithSegments("/ledger", StringComparison.Ordinal) ||
        path.StartsWithSegments("/openapi", StringComparison.Ordinal) || path.StartsWithSegments("/healthz", StringComparison.Ordinal);

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
        ? phrase : "Error";
}
