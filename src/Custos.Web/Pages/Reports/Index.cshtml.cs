using Custos.Application.Transparency;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Reports;

/// <summary>The transparency report of a chosen period, as the public sees it at <c>/transparency/report</c>.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class IndexModel(TransparencyReports reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The report's HTML (every value in it encoded by the writer).</summary>
    public string? ReportHtml { get; private set; }

    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public string PublicQuery { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var period = ReportPeriodInput.Parse(From, To, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!period.IsSuccess)
        {
            Errors = period.Errors;
            return;
        }

        From = period.Value.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To = period.Value.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        PublicQuery = $"from={From}&to={To}";
        ReportHtml = ReportHtmlWriter.Fragment(await reports.ComputeAsync(period.Value, cancellationToken));
    }
}
