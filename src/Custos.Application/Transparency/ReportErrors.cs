using Custos.Domain.Common;

namespace Custos.Application.Transparency;

/// <summary>The expected failures of asking for a transparency report.</summary>
public static class ReportErrors
{
    public static Error DateInvalid(string field, string? text) =>
        Error.Invalid("report.date-invalid", $"--{field}: '{text}' is not a date written yyyy-MM-dd.", field);

    public static Error FormatInvalid(string? format) =>
        Error.Invalid("report.format-invalid", $"'{format}' is not a report format; use json, csv or html.", "format");
}
