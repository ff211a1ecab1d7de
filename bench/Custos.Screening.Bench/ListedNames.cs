using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Bench;

/// <summary>
/// Every name of every indexed entry screened as the list writes it, by name alone: how many find their entry (or an
/// entry that lists the same name, as one person or firm on two lists does) first or tied first, and so at or above the review
/// threshold; overall and for the strong names (a weak alias is often a single given name, which should not flag
/// anybody by itself). A strong name that does not find itself is a name nobody could be flagged under however exactly
/// they wrote it.
/// </summary>
internal static class ListedNames
{
    public sealed record Result(int Names, int First, int Above, int Strong, int StrongFirst, int StrongAbove, List<string> Misses);

    public static Result Run(ScreeningIndex index, double threshold)
    {
        var byName = index.Data.Entries.SelectMany(e => e.Names.Select(n => (n.Text, n.Strength, Entry: e)))
            .GroupBy(x => x.Text, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Strong: g.Any(x => x.Strength == NameStrength.Strong), Holders: g.Select(x => x.Entry).ToHashSet()))
            .ToList();
        int first = 0, above = 0, strong = 0, strongFirst = 0, strongAbove = 0;
        var misses = new List<string>();
        foreach (var (text, isStrong, holders) in byName)
        {
            // First means first or tied with the first: two entries may list names that normalise alike (a vessel and
            // its owner, ABC LTD and ABC LIMITED).
            var hits = index.Screen(new ScreeningQuery(text), 10);
            var found = hits.Any(h => h.Score == hits[0].Score && holders.Contains(h.Entry));
            var isAbove = found && hits[0].Score >= threshold;
            first += found ? 1 : 0;
            above += isAbove ? 1 : 0;
            strong += isStrong ? 1 : 0;
            strongFirst += isStrong && found ? 1 : 0;
            strongAbove += isStrong && isAbove ? 1 : 0;
            if (!isAbove)
            {
                misses.Add($"  listed {(isStrong ? "strong" : "weak")} name {text}  got {(hits.Count == 0 ? "nothing" : $"{hits[0].Entry.PrimaryName} {hits[0].Score:0.000}")}");
            }
        }

        return new Result(byName.Count, first, above, strong, strongFirst, strongAbove, misses);
    }
}
