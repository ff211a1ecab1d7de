using Custos.Domain.Decisions;
using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>
/// The data of one produced item, already selected: the plan's item (target index and category) and approved range, the
/// target as the request named it, and the records of the customers the target reaches for that category within the
/// range. Selecting them from the customer store (or from a preservation snapshot) is the caller's job; the builder
/// refuses records of another category or outside the range.
/// </summary>
/// <param name="Item">The item (from <see cref="PlannedItem.Item"/>).</param>
/// <param name="Target">The request's target at <see cref="ItemKey.Target"/>.</param>
/// <param name="Range">The approved range (from <see cref="PlannedItem.Range"/>).</param>
/// <param name="Records">The records.</param>
public sealed record ProducedItemData(ItemKey Item, Target Target, ItemRange Range, ProductionRecords Records);
