using Custos.Domain.Common;

namespace Custos.Application.Restrictions;

/// <summary>The expected failures of importing prices and evaluating or applying restrictions.</summary>
public static class RestrictionErrors
{
    public static Error FileNotFound(string path) => Error.NotFound("prices.file-not-found", $"The file '{path}' does not exist.");

    public static Error Empty(string file) => Error.Invalid("prices.empty", $"{file}: the file holds no prices.", "file");

    public static Error NoRegime(string providerCountry) => Error.Conflict(
        "restrictions.no-regime",
        $"The policy in force has no sanctions regime with a restriction binding a provider established in {providerCountry}.");

    public static Error FormatInvalid(string? format) => Error.Invalid("restrictions.format-invalid", $"'{format}' is not a format; use table or csv.", "format");
}
