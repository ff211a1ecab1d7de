namespace Custos.Domain.Policy;

/// <summary>
/// A statute of a jurisdiction that is documented to be used against speech, association, religion, protest or donations:
/// evidence, weighed with others, that a request citing it is political. It is recognised when the legal basis or the
/// description names its code or law (<see cref="Codes"/>) and, where given, one of its article numbers.
/// </summary>
public sealed record Statute
{
    /// <summary>Stable id, quoted in findings (<c>ru-cc-207.3</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What it is, for a reviewer (<c>Criminal Code Art. 207.3: "knowingly false information" about the armed forces</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Names of the code or law (any one suffices).</summary>
    public required IReadOnlyList<SearchTerm> Codes { get; init; }

    /// <summary>Article numbers (any one suffices); empty when the law as a whole is the statute.</summary>
    public IReadOnlyList<SearchTerm> Articles { get; init; } = [];

    public required IReadOnlyList<PoliticalTheme> Themes { get; init; }

    /// <summary>The conduct it punishes, in the policy's vocabulary (<see cref="ScrutinyPolicy.Conducts"/>), for dual criminality.</summary>
    public string? Conduct { get; init; }

    /// <summary>From when the statute is recorded as used so (its entry into force, or the first documented use).</summary>
    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public required string Source { get; init; }

    public bool InForceOn(DateOnly date) => From <= date && (To is null || date < To.Value);

    /// <summary>Whether the text cites this statute: one of its codes and, if it has articles, one of them.</summary>
    public bool CitedIn(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Codes.Any(c => c.FoundIn(text)) && (Articles.Count == 0 || Articles.Any(a => a.FoundIn(text)));
    }
}
