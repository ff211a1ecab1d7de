using System.Globalization;
using System.Net;
using System.Text;
using Custos.Domain.Common;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency;

/// <summary>
/// The report as server-rendered HTML: SVG bar charts (no script) each followed by the table it draws, so that a screen
/// reader or a text browser reads the same figures. Only aggregate figures: the report holds no identifier to leak.
/// </summary>
public static class ReportHtmlWriter
{
    private const string Style =
        ".custos-report{font-family:system-ui,sans-serif;max-width:72rem;color:#1b1b1b}" +
        ".custos-report table{border-collapse:collapse;margin:0.5rem 0 1.5rem}" +
        ".custos-report th,.custos-report td{border:1px solid #bbb;padding:0.2rem 0.5rem;text-align:right}" +
        ".custos-report th[scope=row],.custos-report td.t{text-align:left}" +
        ".custos-report caption{text-align:left;font-weight:600;padding:0.3rem 0}" +
        ".custos-report svg text{font-size:12px;fill:#1b1b1b}";

    private static readonly (RequestOutcome Outcome, string Colour)[] OutcomeColours =
    [
        (RequestOutcome.ProducedAll, "#1a5e9a"), (RequestOutcome.ProducedPart, "#4f8fc9"), (RequestOutcome.Narrowed, "#8dbbe3"),
        (RequestOutcome.NoData, "#9e9e9e"), (RequestOutcome.Refused, "#b3261e"), (RequestOutcome.Redirected, "#e07b39"),
        (RequestOutcome.Preserved, "#6a4c93"), (RequestOutcome.PushedBack, "#c9a227"), (RequestOutcome.Pending, "#d9d9d9"),
        (RequestOutcome.Incomplete, "#7f6a4f"), (RequestOutcome.NotVerified, "#5c2a2a"), (RequestOutcome.Withdrawn, "#3f7f5f"),
        (RequestOutcome.Lapsed, "#bdbdbd"), (RequestOutcome.Informal, "#333333"),
    ];

    /// <summary>A whole HTML document (for a file or the public page).</summary>
    public static string Document(TransparencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = Encode(Title(report.Period));
        return $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            $"<title>{title}</title>\n</head>\n<body>\n{Fragment(report)}</body>\n</html>\n";
    }

    /// <summary>The report as a <c>section</c> with its own style element, for embedding in a page.</summary>
    public static string Fragment(TransparencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<section class=\"custos-report\">\n<style>").Append(Style).Append("</style>\n");
        html.Append("<h1>").Append(Encode(Title(report.Period))).Append("</h1>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>Government demands for customer data received from {Day(report.Period.From)} to {Day(report.Period.To.AddDays(-1))} (both included), " +
            $"and what came of them. Demands for stored data only: the platform offers no real-time access. Figures are counted from the request records " +
            $"as they stand when the report is made; format <code>{TransparencyReport.Format}</code>.</p>\n");
        Totals(html, report.Totals);
        CountryChart(html, report.Countries);
        OutcomeChart(html, report.Totals);
        Groups(html, report.Groups);
        Notices(html, report.Totals.Notices);
        Banded(html, report.Banded);
        Restrictions(html, report.Restrictions);
        html.Append("</section>\n");
        return html.ToString();
    }

    private static string Title(ReportPeriod period) => $"Transparency report {Day(period.From)} to {Day(period.To.AddDays(-1))}";

    private static void Totals(StringBuilder html, ReportFigures t)
    {
        html.Append("<h2>In total</h2>\n<table>\n<caption>Totals (demands reported only in bands excluded)</caption>\n<tbody>\n");
        Row(html, "Requests", t.Requests);
        Row(html, "Accounts specified", t.AccountsSpecified);
        Row(html, "Requests where some data was produced", t.Outcomes.SomeDataProduced);
        html.Append("<tr><th scope=\"row\">Share where some data was produced</th><td>").Append(Percent(t.SomeDataProducedPercent)).Append("</td></tr>\n");
        Row(html, "Requests for content", t.ContentRequests);
        Row(html, "Requests for non-content data only", t.NonContentRequests);
        Row(html, "Emergency requests", t.EmergencyRequests);
        Row(html, "Preservation requests", t.PreservationRequests);
        Row(html, "Requests to freeze accounts", t.FreezeRequests);
        Row(html, "Informal approaches", t.InformalApproaches);
        Row(html, "Requests with a non-disclosure order", t.NonDisclosureOrders);
        html.Append("</tbody>\n</table>\n");
    }

    private static void CountryChart(StringBuilder html, IReadOnlyList<CountryFigures> countries)
    {
        html.Append("<h2>Requests by country</h2>\n");
        if (countries.Count == 0)
        {
            html.Append("<p>No requests in this period.</p>\n");
            return;
        }

        const int barArea = 400, left = 80, rowHeight = 22;
        var max = Math.Max(1, countries.Max(c => c.Figures.Requests));
        var height = (countries.Count * rowHeight) + 10;
        html.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-labelledby=\"chart-countries-title\" width=\"{left + barArea + 120}\" height=\"{height}\" viewBox=\"0 0 {left + barArea + 120} {height}\">\n" +
            $"<title id=\"chart-countries-title\">Requests per country; the darker part is where some data was produced. The table below gives the figures.</title>\n");
        for (var i = 0; i < countries.Count; i++)
        {
            var f = countries[i].Figures;
            var y = (i * rowHeight) + 5;
            var all = (double)barArea * f.Requests / max;
            var some = (double)barArea * f.Outcomes.SomeDataProduced / max;
            html.Append(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 14}\">{Encode(countries[i].Country)}</text>" +
                $"<rect x=\"{left}\" y=\"{y}\" width=\"{all:0.#}\" height=\"16\" fill=\"#8dbbe3\"/>" +
                $"<rect x=\"{left}\" y=\"{y}\" width=\"{some:0.#}\" height=\"16\" fill=\"#1a5e9a\"/>" +
                $"<text x=\"{left + all + 6:0.#}\" y=\"{y + 14}\">{f.Requests} ({Percent(f.SomeDataProducedPercent)})</text>\n");
        }

        html.Append("</svg>\n<table>\n<caption>Requests by country</caption>\n<thead><tr><th scope=\"col\">Country</th><th scope=\"col\">Requests</th>" +
            "<th scope=\"col\">Accounts specified</th><th scope=\"col\">Some data produced</th><th scope=\"col\">Share</th></tr></thead>\n<tbody>\n");
        foreach (var c in countries)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">{Encode(c.Country)}</th><td>{c.Figures.Requests}</td><td>{c.Figures.AccountsSpecified}</td>" +
                $"<td>{c.Figures.Outcomes.SomeDataProduced}</td><td>{Percent(c.Figures.SomeDataProducedPercent)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void OutcomeChart(StringBuilder html, ReportFigures totals)
    {
        html.Append("<h2>What came of the requests</h2>\n");
        const int width = 600;
        var total = Math.Max(1, totals.Requests);
        html.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-labelledby=\"chart-outcomes-title\" width=\"{width}\" height=\"24\" viewBox=\"0 0 {width} 24\">\n" +
            $"<title id=\"chart-outcomes-title\">Share of each outcome among all requests. The table below gives the figures.</title>\n");
        double x = 0;
        foreach (var (outcome, colour) in OutcomeColours)
        {
            var w = (double)width * totals.Outcomes.Of(outcome) / total;
            if (w > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"0\" width=\"{w:0.#}\" height=\"24\" fill=\"{colour}\"><title>{KebabCase.Format(outcome)}</title></rect>\n");
                x += w;
            }
        }

        html.Append("</svg>\n<table>\n<caption>Outcomes</caption>\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Colour</th>" +
            "<th scope=\"col\">Requests</th><th scope=\"col\">Share</th></tr></thead>\n<tbody>\n");
        foreach (var (outcome, colour) in OutcomeColours)
        {
            var n = totals.Outcomes.Of(outcome);
            var share = totals.Requests == 0 ? 0m : Math.Round(100m * n / totals.Requests, 1, MidpointRounding.AwayFromZero);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">{KebabCase.Format(outcome)}</th><td><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"{colour}\"/></svg></td>" +
                $"<td>{n}</td><td>{Percent(share)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Groups(StringBuilder html, IReadOnlyList<ReportGroup> groups)
    {
        html.Append("<h2>By country, authority and legal process</h2>\n<table>\n<caption>Requests by country, kind of authority and legal process</caption>\n<thead><tr>" +
            "<th scope=\"col\">Country</th><th scope=\"col\">Authority</th><th scope=\"col\">Legal process</th><th scope=\"col\">Requests</th>" +
            "<th scope=\"col\">Accounts specified</th><th scope=\"col\">Some data produced</th><th scope=\"col\">Share</th><th scope=\"col\">Refused</th>" +
            "<th scope=\"col\">Redirected</th><th scope=\"col\">Content</th><th scope=\"col\">Non-content</th><th scope=\"col\">Emergency</th>" +
            "<th scope=\"col\">Preservation</th><th scope=\"col\">Pending</th></tr></thead>\n<tbody>\n");
        foreach (var g in groups)
        {
            var f = g.Figures;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"t\">{Encode(g.Country)}</td><td class=\"t\">{KebabCase.Format(g.Authority)}</td><td class=\"t\">{KebabCase.Format(g.LegalProcess)}</td>" +
                $"<td>{f.Requests}</td><td>{f.AccountsSpecified}</td><td>{f.Outcomes.SomeDataProduced}</td><td>{Percent(f.SomeDataProducedPercent)}</td>" +
                $"<td>{f.Outcomes.Refused}</td><td>{f.Outcomes.Redirected}</td><td>{f.ContentRequests}</td><td>{f.NonContentRequests}</td>" +
                $"<td>{f.EmergencyRequests}</td><td>{f.PreservationRequests}</td><td>{f.Outcomes.Pending}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Notices(StringBuilder html, NoticeCounts n)
    {
        html.Append("<h2>Notice to customers</h2>\n<table>\n<caption>Customers whose data was produced, by where their notice stands</caption>\n<tbody>\n");
        Row(html, "Notified", n.Given);
        Row(html, "Due, not yet sent", n.Due);
        Row(html, "Delayed until a non-disclosure order ends", n.Scheduled);
        Row(html, "Delayed until an emergency ends", n.AwaitingEmergencyEnd);
        Row(html, "Withheld: anti-money-laundering tipping-off prohibition", n.Blocked);
        Row(html, "Withheld: non-disclosure order without an end date, under legal review", n.WithheldPendingReview);
        html.Append("</tbody>\n</table>\n");
    }

    private static void Banded(StringBuilder html, IReadOnlyList<BandedRow> banded)
    {
        if (banded.Count == 0)
        {
            return;
        }

        html.Append("<h2>Demands the law allows us to report only in bands</h2>\n<table>\n<caption>Banded demands (not included in any figure above)</caption>\n<thead><tr>" +
            "<th scope=\"col\">Country</th><th scope=\"col\">Demands</th><th scope=\"col\">Requests</th><th scope=\"col\">Accounts specified</th><th scope=\"col\">Law</th></tr></thead>\n<tbody>\n");
        foreach (var b in banded)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"t\">{Encode(b.Country)}</td><td class=\"t\">{Encode(b.Description)}</td><td>{b.Requests}</td><td>{b.AccountsSpecified}</td><td class=\"t\">{Encode(b.Source)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Restrictions(StringBuilder html, IReadOnlyList<RestrictionCount> restrictions)
    {
        html.Append("<h2>Account restrictions</h2>\n");
        if (restrictions.Count == 0)
        {
            html.Append("<p>No account was restricted in this period.</p>\n");
            return;
        }

        html.Append("<table>\n<caption>Accounts restricted under sanctions law</caption>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Regime</th><th scope=\"col\">Accounts</th></tr></thead>\n<tbody>\n");
        foreach (var r in restrictions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"t\">{Encode(r.Reason)}</td><td class=\"t\">{Encode(r.Regime ?? "—")}</td><td>{r.Accounts}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, string label, int value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Encode(label)}</th><td>{value}</td></tr>\n");

    private static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
