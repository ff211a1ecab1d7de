using Custos.Domain.Agencies;
using Custos.Domain.Common;

namespace Custos.Application.Agencies;

/// <summary>The errors of four-eyes trust decisions. Codes are stable.</summary>
public static class TrustErrors
{
    public static Error NotFound(string id) => Error.NotFound("trust.not-found", $"No proposed trust decision {id}.");

    public static Error AlreadyDecided(TrustChangeStatus status) => Error.Conflict(
        "trust.already-decided", $"This proposal was already {KebabCase.Format(status)}.");

    public static readonly Error Stale = Error.Conflict("trust.changed", "Someone else decided this proposal meanwhile; reload and look again.");
}
