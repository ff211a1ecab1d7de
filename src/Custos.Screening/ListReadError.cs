using System.Globalization;

namespace Custos.Screening;

/// <summary>
/// Why a list file was refused: a stable <see cref="Code"/> (one of <see cref="ListReadErrorCodes"/>), the file, the
/// 1-based line (or record) number where that applies, and a reason a person can act on.
/// </summary>
/// <param name="Code">A stable identifier of the kind of error.</param>
/// <param name="File">The name of the file that was refused.</param>
/// <param name="Line">The 1-based line (CSV) or line of the element (XML) at fault; null when the whole file is at fault.</param>
/// <param name="Reason">What was wrong, in words.</param>
public sealed record ListReadError(string Code, string File, int? Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Reason} ({Code})")
            : string.Create(CultureInfo.InvariantCulture, $"{File}: {Reason} ({Code})");
}
