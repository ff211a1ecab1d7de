using Custos.Domain.Access;
using Custos.Domain.Common;

namespace Custos.Domain.Decisions;

/// <summary>
/// A refused act of deciding, as the ledger records it: who tried, what, and which rules refused it (their stable
/// codes, the first being the one named to the person).
/// </summary>
/// <param name="ActorId">Who tried.</param>
/// <param name="Act">What they tried.</param>
/// <param name="Rules">The codes of the errors that refused it, in the order reported.</param>
public sealed record DecisionRefusal(string ActorId, DecisionAct Act, IReadOnlyList<string> Rules)
{
    /// <summary>The refusal of <paramref name="act"/> by <paramref name="actor"/> for <paramref name="errors"/>.</summary>
    public static DecisionRefusal Of(Actor actor, DecisionAct act, IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(errors);
        return new DecisionRefusal(actor.Id, act, [.. errors.Select(e => e.Code).Distinct(StringComparer.Ordinal)]);
    }
}
