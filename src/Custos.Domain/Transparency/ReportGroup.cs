using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>One row of the report: the requests of one country, authority type and legal process.</summary>
/// <param name="Country">ISO 3166-1 alpha-2, or <c>unknown</c>.</param>
/// <param name="Authority">The kind of authority.</param>
/// <param name="LegalProcess">The legal process the requests rested on (<c>none</c> for informal approaches and requests without one).</param>
/// <param name="Figures">The row's figures.</param>
public sealed record ReportGroup(string Country, AgencyType Authority, LegalProcessType LegalProcess, ReportFigures Figures);
