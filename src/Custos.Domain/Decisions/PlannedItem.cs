namespace Custos.Domain.Decisions;

/// <summary>One item to produce, with exactly the days approved.</summary>
/// <param name="Item">The item.</param>
/// <param name="Range">The days every approver approved.</param>
/// <param name="Approvals">Who approved it, in which function.</param>
public sealed record PlannedItem(ItemKey Item, ItemRange Range, IReadOnlyList<Approval> Approvals);
