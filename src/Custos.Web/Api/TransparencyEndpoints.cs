using System.Globalization;
using Custos.Application.Transparency;
using Custos.Domain.Common;

namespace Custos.Web.Api;

/// <summary>
/// The public transparency report: <c>/transparency/report?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c> (end excluded; default
/// the last complete half-year) as HTML, or as JSON or CSV with <c>format</c>. Anonymous by design: it holds aggregate
/// figures only, computed by the Domain from facts that carry no identifier. The published reports, for anyone to check
/// against the log: <c>/transparency/reports</c> lists them (JSON); <c>/transparency/reports/&lt;sha256&gt;.json</c> and
/// <c>.sig</c> serve one report's JSON exactly as published and its signed statement, and
/// <c>/transparency/reports/&lt;from&gt;_&lt;to&gt;.json</c> / <c>.sig</c> the latest published for that period.
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
        app.MapGet("/transparency/reports", ListAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/transparency/reports/{file}", FileAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ListAsync(PublishedReports reports, CancellationToken cancellationToken)
    {
        var list = await reports.ListAsync(cancellationToken);
        return Results.Json(new
        {
            reports = list.Select(r => new
            {
                from = Day(r.From),
                to = Day(r.To),
                generatedAt = r.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                sha256 = r.Sha256,
                json = $"/transparency/reports/{r.Sha256}.json",
                statement = $"/transparency/reports/{r.Sha256}.sig",
            }),
        });
    }

    private static async Task<IResult> FileAsync(string file, PublishedReports reports, CancellationToken cancellationToken)
    {
        var dot = file.LastIndexOf('.');
        var name = dot < 0 ? file : file[..dot];
        var extension = dot < 0 ? "" : file[(dot + 1)..];
        if (extension is not ("json" or "sig"))
        {
            return NotFound(file);
        }

        PublishedReportFile? report;
        if (name.Length == 64 && name.All(char.IsAsciiHexDigitLower))
        {
            report = await reports.FindAsync(name, cancellationToken);
        }
        else if (name.Split('_') is [var from, var to]
            && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            report = await reports.LatestAsync(start, end, cancellationToken);
        }
        else
        {
            return NotFound(file);
        }

        return report is null
            ? NotFound(file)
            : extension == "json"
                ? Results.Bytes(System.Text.Encoding.UTF8.GetBytes(report.Json), "application/json")
                : Results.Text(report.Statement, "text/plain; charset=utf-8");
    }

    private static IResult NotFound(string file) => ErrorResults.Problem(
        [Error.NotFound("report.not-published", $"No published report '{file}': use <sha256>.json|.sig or <from>_<to>.json|.sig as listed at /transparency/reports.")]);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
