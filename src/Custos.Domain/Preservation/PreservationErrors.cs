using System.Globalization;
using Custos.Domain.Common;

namespace Custos.Domain.Preservation;

/// <summary>The refusals of the preservation rules. Codes are stable.</summary>
public static class PreservationErrors
{
    public static Error NoTerms(string why) => Error.Conflict(
        "preservation.no-terms", $"The policy gives no preservation period for this request: {why}.");

    public static Error ExtensionLimit(int max) => Error.Conflict(
        "preservation.extension-limit", max == 0
            ? "These preservation terms allow no extension."
            : string.Create(CultureInfo.InvariantCulture, $"The preservation was already extended {max} time(s), as often as the law allows: only formal process can keep the data now."));

    public static Error Expired(DateOnly expired) => Error.Conflict(
        "preservation.expired", string.Create(CultureInfo.InvariantCulture, $"The preservation expired on {expired:yyyy-MM-dd} and its snapshot is released; it can no longer be extended."));

    public static Error BeforeStart(DateOnly start) => Error.Invalid(
        "preservation.before-start", string.Create(CultureInfo.InvariantCulture, $"The preservation only started on {start:yyyy-MM-dd}."));
}
