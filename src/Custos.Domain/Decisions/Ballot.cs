namespace Custos.Domain.Decisions;

/// <summary>
/// What a reviewer submits in one vote: a decision on one or more items, the written rationale that every vote carries,
/// and, when producing an item goes against the engine's recommendation, the justification for doing so.
/// </summary>
/// <param name="Items">The lines, at most one per item.</param>
/// <param name="Rationale">Why, in the reviewer's words.</param>
/// <param name="Justification">Why producing is right although the engine recommends otherwise; required only then.</param>
public sealed record Ballot(IReadOnlyList<ItemChoice> Items, string? Rationale, string? Justification = null);
