namespace Custos.Domain.Policy;

/// <summary>
/// Terms in several languages for one kind of political offence (insulting the head of state, blasphemy, donations to a
/// banned group): evidence for descriptions that cite no statute. A hit is evidence, never a verdict.
/// </summary>
public sealed record LexiconGroup
{
    /// <summary>Stable id, quoted in findings (<c>speech.insulting-head-of-state</c>).</summary>
    public required string Id { get; init; }

    public required PoliticalTheme Theme { get; init; }

    /// <summary>The conduct the terms describe, for dual criminality; null when they describe no single conduct.</summary>
    public string? Conduct { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<LexiconEntry> Entries { get; init; }

    /// <summary>The first entry found in the text, or null.</summary>
    public LexiconEntry? FirstIn(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var entry in Entries)
        {
            if (entry.Term.FoundIn(text))
            {
                return entry;
            }
        }

        return null;
    }
}
