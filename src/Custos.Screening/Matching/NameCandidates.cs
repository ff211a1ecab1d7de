using Custos.Screening.Lists;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// The first half of a screen: a name's candidates from the index with the name score of each entry's best name,
/// before any date of birth, country or type is weighed. <see cref="ScreeningIndex.Screen(NameCandidates, ScreeningQuery, int)"/>
/// finishes the screen for a query of that name, so that many queries of one name with different facts (customers who
/// share a name) find and score the candidates once. Immutable; safe to share between threads.
/// </summary>
public sealed class NameCandidates
{
    internal NameCandidates(ScreeningIndex index, string name, EntityKind kind, NormalizedName normalized, Tok[] tokens, (int Entry, int Name, double NameScore)[] best)
    {
        Index = index;
        Name = name;
        Kind = kind;
        Normalized = normalized;
        Tokens = tokens;
        Best = best;
    }

    /// <summary>The name as given.</summary>
    public string Name { get; }

    /// <summary>The entity kind the name was screened as.</summary>
    public EntityKind Kind { get; }

    /// <summary>How many entries are candidates.</summary>
    public int Count => Best.Length;

    internal ScreeningIndex Index { get; }

    internal NormalizedName Normalized { get; }

    internal Tok[] Tokens { get; }

    /// <summary>Each candidate entry with its best name and that name's score (the weak-alias penalty applied).</summary>
    internal (int Entry, int Name, double NameScore)[] Best { get; }
}
