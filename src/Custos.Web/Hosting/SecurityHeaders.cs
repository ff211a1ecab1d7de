namespace Custos.Web.Hosting;

/// <summary>
/// Headers on every response: nothing is sniffed into another type (an uploaded document is served as what it was
/// checked to be), no page runs script from anywhere, no page can be framed, and no address leaks to other sites.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Scripts from nowhere, styles from this site and the pages' own style elements, forms to this site only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }
}
