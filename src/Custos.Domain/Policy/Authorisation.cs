using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>
/// One row of a legal system's data-category × legal-process matrix: these categories may be produced under these
/// processes, from these requesters and issuers, for offences of at least this gravity, in this period.
/// </summary>
public sealed record Authorisation
{
    public required IReadOnlyList<DataCategory> Categories { get; init; }

    public required IReadOnlyList<LegalProcessType> Processes { get; init; }

    public RequesterScope Requesters { get; init; } = RequesterScope.Domestic;

    /// <summary>Agency types that may issue the process; empty means any.</summary>
    public IReadOnlyList<AgencyType> Issuers { get; init; } = [];

    /// <summary>The least maximum penalty (years) the offence must carry, unless it is one of <see cref="ListedOffences"/>.</summary>
    public int? MinPenaltyYears { get; init; }

    public IReadOnlyList<OffenceCategory> ListedOffences { get; init; } = [];

    /// <summary>Terms that make an offence listed from its description (non-cash payment fraud is a kind of fraud, not all fraud).</summary>
    public IReadOnlyList<SearchTerm> ListedTerms { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public required string Source { get; init; }

    public bool InForceOn(DateOnly date) => (From is null || From.Value <= date) && (To is null || date < To.Value);
}
