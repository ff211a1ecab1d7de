using Custos.Application.Transparency;

namespace Custos.Web.Api;

/// <summary>
/// The public transparency report: <c>/transparency/report?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c> (end excluded; default
/// the last complete half-year) as HTML, or as JSON or CSV with <c>format</c>. Anonymous by design: it holds aggregate
/// figures only, computed by the Domain from facts that carry no identifier.
/// </summary>
public static class TransparencyEndpoints
{
    public static IEndpointRouteBuilder MapTransparency(this IEndpointRouteBuilder app)
    {
        app.MapGet("/transparency/report", async (string? from, string? to, string? format, TransparencyReports reports, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = clock.GetUtcNow();
            var period = ReportPeriodInput.Parse(from, to, DateOnly.FromDateTime(now.UtcDateTime));
            if (!period.IsSuccess)
            {
                return ErrorResults.Problem(period.Errors);
            }

            if (format is not (null or "html" or "json" or "csv"))
            {
                return ErrorResults.Problem(ReportErrors.FormatInvalid(format));
            }

            var report = await reports.ComputeAsync(period.Value, cancellationToken);
            return format switch
            {
                "json" => Results.Text(ReportJsonWriter.Write(report, now), "application/json; charset=utf-8"),
                "csv" => Results.Text(ReportCsvWriter.Write(report), "text/csv; charset=utf-8"),
                _ => Results.Text(ReportHtmlWriter.Document(report), "text/html; charset=utf-8"),
            };
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
