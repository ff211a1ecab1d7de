using Custos.Domain.Lifecycle;

namespace Custos.Domain.Decisions;

/// <summary>
/// What the quorum decided to produce: the items with their ranges (and nothing else leaves the platform), the items
/// withheld, the votes that decided, and the lifecycle triggers to apply (<c>decide</c>; <c>produce</c> follows when the
/// package is released).
/// </summary>
public sealed record ProductionPlan
{
    /// <summary>The decision's identifier (assigned by the caller, e.g. <c>dec_…</c>); the manifest names it.</summary>
    public required string DecisionId { get; init; }

    /// <summary>Who ordered the production.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>The items to produce, each with its approved range.</summary>
    public required IReadOnlyList<PlannedItem> Items { get; init; }

    /// <summary>The items withheld.</summary>
    public required IReadOnlyList<ItemKey> Withheld { get; init; }

    /// <summary>Every vote whose line counts on some item, in the order first counted; the manifest lists them.</summary>
    public required IReadOnlyList<string> VoteIds { get; init; }

    /// <summary>The lifecycle triggers to apply now.</summary>
    public IReadOnlyList<RequestTrigger> Triggers { get; init; } = [RequestTrigger.Decide];
}
