namespace Custos.Domain.Decisions;

/// <summary>
/// Who must approve producing one item: one distinct person for each required function, and, when fewer than two
/// functions are required, as many more persons of other functions as make two (<see cref="OtherFunctions"/>), so that no
/// production ever rests on one person or one function.
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="Requirements">The functions required, each once, with the reason.</param>
/// <param name="OtherFunctions">How many approvers of further, different functions are needed to reach two (0 to 2).</param>
/// <param name="AgainstRecommendation">Producing this item goes against the engine's recommendation: every produce vote needs a justification.</param>
public sealed record ItemQuorum(ItemKey Item, IReadOnlyList<QuorumRequirement> Requirements, int OtherFunctions, bool AgainstRecommendation)
{
    /// <summary>The least number of distinct persons who must approve.</summary>
    public const int MinimumApprovers = 2;

    /// <summary>The required functions, in order.</summary>
    public IReadOnlyList<string> Functions => [.. Requirements.Select(r => r.Function)];

    /// <summary>Whether a person who can fill <paramref name="functions"/> is needed by this quorum at all.</summary>
    public bool Needs(IReadOnlyCollection<string> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        return functions.Any(f => Requirements.Any(r => string.Equals(r.Function, f, StringComparison.Ordinal)))
            || (OtherFunctions > 0 && functions.Count > 0);
    }
}
