namespace Custos.Domain.Decisions;

/// <summary>
/// The state of one item after the votes so far: its quorum, who approved in which function, what is still missing, who
/// withheld it, the range that would be produced (the days every approver approved) and the votes that count.
/// </summary>
public sealed record ItemTally
{
    /// <summary>The item.</summary>
    public required ItemKey Item { get; init; }

    /// <summary>The quorum producing it needs.</summary>
    public required ItemQuorum Quorum { get; init; }

    /// <summary>Pending, satisfied or withheld.</summary>
    public required ItemStatus Status { get; init; }

    /// <summary>The functions filled, each by a distinct person (the best assignment of the approvers to the functions).</summary>
    public required IReadOnlyList<Approval> Approvals { get; init; }

    /// <summary>Required functions nobody has approved in yet.</summary>
    public required IReadOnlyList<string> MissingFunctions { get; init; }

    /// <summary>How many approvers of further, different functions are still needed to reach two functions.</summary>
    public required int MissingOtherFunctions { get; init; }

    /// <summary>Everyone whose latest line on this item is produce.</summary>
    public required IReadOnlyList<string> ProducedBy { get; init; }

    /// <summary>Everyone whose latest line on this item is withhold.</summary>
    public required IReadOnlyList<string> WithheldBy { get; init; }

    /// <summary>The days every approver approved (their ranges' overlap); null when nobody approved or the ranges do not overlap.</summary>
    public required ItemRange? Range { get; init; }

    /// <summary>The votes whose lines on this item count (each person's latest).</summary>
    public required IReadOnlyList<string> VoteIds { get; init; }

    /// <summary>Where the item stands, in words.</summary>
    public required string Explanation { get; init; }
}
