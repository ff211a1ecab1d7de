using System.Text.Json;
using Custos.Domain.Common;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency;

/// <summary>
/// The report as structured JSON (schema <c>custos-report/v1</c>, docs/transparency.md). Field names are stable; new
/// fields may be added, none is renamed or removed within v1. Enumerated values are kebab-case.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The JSON text of <paramref name="report"/>, computed at <paramref name="generatedAt"/>; ends with a newline.</summary>
    public static string Write(TransparencyReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new
        {
            format = TransparencyReport.Format,
            period = new { from = Day(report.Period.From), to = Day(report.Period.To), endExcluded = true },
            generatedAt = generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            dataSought = "stored",
            totals = Figures(report.Totals),
            countries = report.Countries.Select(c => new { country = c.Country, figures = Figures(c.Figures) }),
            groups = report.Groups.Select(g => new
            {
                country = g.Country,
                authority = KebabCase.Format(g.Authority),
                legalProcess = KebabCase.Format(g.LegalProcess),
                figures = Figures(g.Figures),
            }),
            banded = report.Banded.Select(b => new
            {
                rule = b.Rule,
                country = b.Country,
                description = b.Description,
                requests = b.Requests.ToString(),
                accountsSpecified = b.AccountsSpecified.ToString(),
                source = b.Source,
            }),
            restrictions = report.Restrictions.Select(r => new { reason = r.Reason, regime = r.Regime, accounts = r.Accounts }),
            bandRules = report.BandRules.Select(r => new
            {
                id = r.Id,
                country = r.Country,
                authority = r.Authority is { } a ? KebabCase.Format(a) : null,
                legalProcess = r.LegalProcess is { } p ? KebabCase.Format(p) : null,
                width = r.Width,
                description = r.Description,
                source = r.Source,
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Figures(ReportFigures f) => new
    {
        requests = f.Requests,
        accountsSpecified = f.AccountsSpecified,
        someDataProduced = f.Outcomes.SomeDataProduced,
        someDataProducedPercent = f.SomeDataProducedPercent,
        outcomes = Enum.GetValues<RequestOutcome>().ToDictionary(o => KebabCase.Format(o), f.Outcomes.Of),
        contentRequests = f.ContentRequests,
        nonContentRequests = f.NonContentRequests,
        emergencyRequests = f.EmergencyRequests,
        preservationRequests = f.PreservationRequests,
        freezeRequests = f.FreezeRequests,
        informalApproaches = f.InformalApproaches,
        nonDisclosureOrders = f.NonDisclosureOrders,
        recordsProduced = f.RecordsProduced,
        notices = new
        {
            given = f.Notices.Given,
            due = f.Notices.Due,
            delayed = f.Notices.Delayed,
            scheduled = f.Notices.Scheduled,
            awaitingEmergencyEnd = f.Notices.AwaitingEmergencyEnd,
            withheld = f.Notices.Withheld,
            blocked = f.Notices.Blocked,
            withheldPendingReview = f.Notices.WithheldPendingReview,
        },
        channels = f.Channels.ToDictionary(c => c.Name, c => c.Count),
    };
}
