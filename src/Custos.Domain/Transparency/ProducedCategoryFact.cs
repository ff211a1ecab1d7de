using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>
/// What a request's latest production holds in one data category, summed over its targets: what the report needs and no
/// more (no target, no day), so that it can be published in the log as it is.
/// </summary>
/// <param name="Category">The data category.</param>
/// <param name="Items">Targets produced in this category (distinct target × category items).</param>
/// <param name="Narrowed">Of those, the items produced over a shorter range than the request asked.</param>
/// <param name="Records">Records produced in this category.</param>
public sealed record ProducedCategoryFact(DataCategory Category, int Items, int Narrowed, long Records)
{
    /// <summary>
    /// Sums the produced <paramref name="items"/> per category. An item is narrowed when it starts after
    /// <paramref name="rangeFrom"/> or ends before <paramref name="rangeTo"/> (an open end of the range asked, closed by a
    /// reviewer, is not narrowing); a target × category given twice is one item, narrowed if either is.
    /// </summary>
    public static IReadOnlyList<ProducedCategoryFact> Summarise(IEnumerable<ProducedItemFact> items, DateOnly? rangeFrom, DateOnly? rangeTo)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items
            .GroupBy(i => i.Category)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var perTarget = g.GroupBy(i => i.Target).ToList();
                var narrowed = perTarget.Count(t => t.Any(i => (rangeFrom is { } from && i.From > from) || (rangeTo is { } to && i.To < to)));
                return new ProducedCategoryFact(g.Key, perTarget.Count, narrowed, g.Sum(i => (long)i.Records));
            })];
    }
}
