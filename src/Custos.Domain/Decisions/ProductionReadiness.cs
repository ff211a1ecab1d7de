using Custos.Domain.Common;

namespace Custos.Domain.Decisions;

/// <summary>Whether the request may be produced now, and if not, everything that stands in the way.</summary>
/// <param name="Blockers">Why not (empty when ready), each with its stable code.</param>
public sealed record ProductionReadiness(IReadOnlyList<Error> Blockers)
{
    /// <summary>Whether <c>produce</c> is allowed: every item has its quorum or is withheld, at least one is produced, and nothing else blocks.</summary>
    public bool IsReady => Blockers.Count == 0;
}
