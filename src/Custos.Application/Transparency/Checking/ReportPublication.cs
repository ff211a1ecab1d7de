using System.Globalization;
using System.Text.Json;
using Custos.Domain.Events;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency.Checking;

/// <summary>A <c>report.published</c> entry of the log, as its public part tells it.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The day after the period.</param>
/// <param name="Sha256">The SHA-256 of the report JSON published, lower-case hex.</param>
public sealed record ReportPublication(ulong LeafIndex, DateOnly From, DateOnly To, string Sha256)
{
    /// <summary>Whether the entry is a <c>report.published</c> (by id and name).</summary>
    public static bool IsPublication(PublicLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Entry.TypeId == LedgerEventTypes.ReportPublished.Id && entry.Entry.TypeName == LedgerEventTypes.ReportPublished.Name;
    }

    /// <summary>
    /// The publication an entry records, or null when it has no public part (reports published before public parts
    /// existed: their entry commits to the SHA-256 but does not show it) or the part is not a <c>custos-report/v1</c> one.
    /// </summary>
    public static ReportPublication? Read(PublicLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsPublication(entry) || entry.Entry.Public is not { } json)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != TransparencyReport.Format)
            {
                return null;
            }

            var sha256 = root.GetProperty("sha256").GetString()!;
            return sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
                ? new ReportPublication(entry.LeafIndex, Day(root, "from"), Day(root, "to"), sha256)
                : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static DateOnly Day(JsonElement root, string name) =>
        DateOnly.ParseExact(root.GetProperty(name).GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
