using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>
/// An international agreement that lets one party's orders reach a provider established in the other directly (a CLOUD
/// Act executive agreement, 18 U.S.C. 2523): a treaty route for the processes it covers.
/// </summary>
public sealed record Agreement
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The two countries (ISO 3166-1 alpha-2).</summary>
    public required IReadOnlyList<string> Parties { get; init; }

    /// <summary>The requesting party's processes the agreement carries.</summary>
    public required IReadOnlyList<LegalProcessType> Processes { get; init; }

    /// <summary>
    /// Names of the agreement or of the law that implements it; an order is made under the agreement only when its legal
    /// basis names one (a UK order under PACE is not an Overseas Production Order). Empty: any order of the processes.
    /// </summary>
    public IReadOnlyList<SearchTerm> LegalBases { get; init; } = [];

    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public required string Source { get; init; }

    public bool InForceOn(DateOnly date) => From <= date && (To is null || date < To.Value);

    /// <summary>Whether an order of this process and legal basis is made under the agreement.</summary>
    public bool Carries(LegalProcessType process, string? legalBasis)
    {
        if (!Processes.Contains(process))
        {
            return false;
        }

        var text = FoldedText.Of(legalBasis);
        return LegalBases.Count == 0 || LegalBases.Any(b => b.FoundIn(text));
    }

    /// <summary>Whether the agreement binds these two countries (in either direction).</summary>
    public bool Binds(string first, string second) =>
        !string.Equals(first, second, StringComparison.Ordinal)
        && Parties.Contains(first, StringComparer.Ordinal) && Parties.Contains(second, StringComparer.Ordinal);
}
