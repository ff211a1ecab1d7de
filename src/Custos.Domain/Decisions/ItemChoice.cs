using Custos.Domain.Requests;

namespace Custos.Domain.Decisions;

/// <summary>
/// One line of a ballot as the reviewer gives it (the staff API's <c>items[]</c>): which item, produce or withhold, and
/// for a produce the days to produce (a shorter range narrows the item; none means the request's own range).
/// </summary>
/// <param name="Target">The 0-based index of the target in the request.</param>
/// <param name="Category">The data category.</param>
/// <param name="Produce">True to produce the item, false to withhold it.</param>
/// <param name="From">The first day to produce; null for the request's.</param>
/// <param name="To">The last day to produce; null for the request's.</param>
public sealed record ItemChoice(int Target, DataCategory Category, bool Produce, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The item this line is about.</summary>
    public ItemKey Key => new(Target, Category);
}
