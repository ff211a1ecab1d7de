namespace Custos.Domain.Customers;

/// <summary>A residence permit a customer holds in a country (relevant to sanctions exemptions such as EU Reg. 833/2014 Art. 5b).</summary>
public sealed record ResidencePermit
{
    public required string AccountId { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country that issued the permit.</summary>
    public required string Country { get; init; }
    public required ResidencePermitKind Kind { get; init; }
    public required DateOnly ValidFrom { get; init; }
    /// <summary>End of validity (exclusive); null for a permanent permit without an end date.</summary>
    public DateOnly? ValidUntil { get; init; }
}
