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
    internal NameCandidates(ScreeningIndex index, string name, EntityKind kind, (NormalizedName Normalized, Tok[] Tokens)[] readings,
        (int Entry, int Name, double NameScore, byte Reading)[] best)
    {
        Index = index;
        Name = name;
        Kind = kind;
        Readings = readings;
        Best = best;
    }

    /// <summary>The name as given.</summary>
    public string Name { get; }

    /// <summary>The entity kind the name was screened as.</summary>
    public EntityKind Kind { get; }

    /// <summary>How many entries are candidates.</summary>
    public int Count => Best.Length;

    internal ScreeningIndex Index { get; }

    /// <summary>The readings of the name the candidates were scored for: the name as given, normalised, and its tokens
    /// first; then, for a name in Cyrillic, its reading as Russian writes a name of another language
    /// (<see cref="CyrillicForeignReading"/>), when it differs.</summary>
    internal (NormalizedName Normalized, Tok[] Tokens)[] Readings { get; }

    /// <summary>Each candidate entry with its best name, that name's score (the weak-alias penalty applied) and the reading
    /// it was scored for (an index into <see cref="Readings"/>).</summary>
    internal (int Entry, int Name, double NameScore, byte Reading)[] Best { get; }
}
