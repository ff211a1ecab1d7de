using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency.Checking;

/// <summary>
/// A report JSON (<c>custos-report/v1</c>) as a checker reads it: its bytes and SHA-256, its period, when it says it was
/// computed, and the band rules it says it applied (the report publishes them with their law).
/// </summary>
public sealed record ReportFile(byte[] Bytes, string Sha256, ReportPeriod Period, DateTimeOffset GeneratedAt, IReadOnlyList<BandRule> BandRules)
{
    /// <summary>Reads a report JSON; a file that is not one is <c>report.file-malformed</c>, naming what is wrong.</summary>
    public static Result<ReportFile> Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != TransparencyReport.Format)
            {
                return Bad($"it is not a {TransparencyReport.Format} report (no \"format\": \"{TransparencyReport.Format}\")");
            }

            var period = root.GetProperty("period");
            var created = ReportPeriod.Create(Day(period.GetProperty("from")), Day(period.GetProperty("to")));
            if (!created.IsSuccess)
            {
                return Bad("its period is reversed or empty");
            }

            var generatedAt = DateTimeOffset.Parse(root.GetProperty("generatedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var rules = root.GetProperty("bandRules").EnumerateArray().Select(r => new BandRule(
                r.GetProperty("id").GetString()!,
                r.GetProperty("country").GetString()!,
                r.GetProperty("authority").GetString() is { } a ? KebabCase.Parse<AgencyType>(a) : null,
                r.GetProperty("legalProcess").GetString() is { } p ? KebabCase.Parse<LegalProcessType>(p) : null,
                r.GetProperty("width").GetInt32(),
                r.GetProperty("description").GetString()!,
                r.GetProperty("source").GetString()!)).ToList();
            if (rules.Any(r => r.Width < 1))
            {
                return Bad("a band rule has a width below 1");
            }

            return new ReportFile(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), created.Value, generatedAt, rules);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Bad(e.Message);
        }
    }

    private static DateOnly Day(JsonElement element) =>
        DateOnly.ParseExact(element.GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Error Bad(string why) => Error.Invalid("report.file-malformed", $"The report file cannot be read: {why}.");
}
