using System.Globalization;
using System.Text;
using Custos.Domain.Common;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency;

/// <summary>
/// The report as CSV: a header row, then one row per group (country × authority × legal process) with exact figures,
/// then one row per band rule whose <c>requests</c> and <c>accounts_specified</c> are bands (<c>0-249</c>) and whose
/// other figures are empty. Columns are documented in docs/transparency.md and never reordered within v1.
/// </summary>
public static class ReportCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "period_from", "period_to", "country", "authority", "legal_process", "band_rule", "requests", "accounts_specified",
        "some_data_produced", "some_data_produced_percent",
        .. Enum.GetValues<RequestOutcome>().Select(o => KebabCase.Format(o).Replace('-', '_')),
        "content_requests", "non_content_requests", "emergency_requests", "preservation_requests", "freeze_requests", "informal_approaches",
        "non_disclosure_orders", "records_produced", "notices_given", "notices_due", "notices_delayed", "notices_withheld",
    ];

    /// <summary>The CSV text (RFC 4180, CRLF line ends).</summary>
    public static string Write(TransparencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, Columns);
        var from = report.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var g in report.Groups)
        {
            var f = g.Figures;
            Line(text,
            [
                from, to, g.Country, KebabCase.Format(g.Authority), KebabCase.Format(g.LegalProcess), string.Empty, N(f.Requests), N(f.AccountsSpecified),
                N(f.Outcomes.SomeDataProduced), f.SomeDataProducedPercent.ToString("0.0", CultureInfo.InvariantCulture),
                .. Enum.GetValues<RequestOutcome>().Select(o => N(f.Outcomes.Of(o))),
                N(f.ContentRequests), N(f.NonContentRequests), N(f.EmergencyRequests), N(f.PreservationRequests), N(f.FreezeRequests),
                N(f.InformalApproaches), N(f.NonDisclosureOrders), f.RecordsProduced.ToString(CultureInfo.InvariantCulture),
                N(f.Notices.Given), N(f.Notices.Due), N(f.Notices.Delayed), N(f.Notices.Withheld),
            ]);
        }

        foreach (var b in report.Banded)
        {
            var rule = report.BandRules.First(r => r.Id == b.Rule);
            var row = new string[Columns.Count];
            Array.Fill(row, string.Empty);
            row[0] = from;
            row[1] = to;
            row[2] = b.Country;
            row[3] = rule.Authority is { } a ? KebabCase.Format(a) : "any";
            row[4] = rule.LegalProcess is { } p ? KebabCase.Format(p) : "any";
            row[5] = b.Rule;
            row[6] = b.Requests.ToString();
            row[7] = b.AccountsSpecified.ToString();
            Line(text, row);
        }

        return text.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field));
        text.Append("\r\n");
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
