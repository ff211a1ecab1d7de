using Custos.Domain.Customers;

namespace Custos.Domain.Restrictions;

/// <summary>What a restriction rule needs to know about a customer: nationality, residence and residence permits.</summary>
public sealed record RestrictionSubject
{
    /// <summary>The account.</summary>
    public required string AccountId { get; init; }

    /// <summary>The nationality the platform records (ISO 3166-1 alpha-2), when it records one.</summary>
    public string? Nationality { get; init; }

    /// <summary>The country of residence (ISO 3166-1 alpha-2).</summary>
    public required string ResidenceCountry { get; init; }

    /// <summary>
    /// Countries that issued a passport or national identity card the customer presented: each is evidence of a
    /// nationality (a Russian who is also a German national shows both).
    /// </summary>
    public IReadOnlyList<string> DocumentCountries { get; init; } = [];

    /// <summary>The customer's residence permits.</summary>
    public IReadOnlyList<ResidencePermit> Permits { get; init; } = [];

    /// <summary>Every nationality known: the recorded one and those of the identity documents, upper case, distinct.</summary>
    public IReadOnlyList<string> Nationalities =>
        [.. DocumentCountries.Prepend(Nationality).OfType<string>().Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
}
