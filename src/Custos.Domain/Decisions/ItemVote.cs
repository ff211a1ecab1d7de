namespace Custos.Domain.Decisions;

/// <summary>One line of an accepted vote: an item, produce or withhold, and for a produce the range approved.</summary>
/// <param name="Item">The item.</param>
/// <param name="Produce">True to produce, false to withhold.</param>
/// <param name="Range">The days approved for production; null for a withhold (which withholds the whole item).</param>
public sealed record ItemVote(ItemKey Item, bool Produce, ItemRange? Range);
