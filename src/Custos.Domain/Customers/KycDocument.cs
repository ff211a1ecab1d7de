namespace Custos.Domain.Customers;

/// <summary>Metadata of an identity document collected at onboarding (the image itself stays with the platform).</summary>
public sealed record KycDocument
{
    public required string AccountId { get; init; }
    public required KycDocumentKind Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country that issued the document.</summary>
    public required string IssuingCountry { get; init; }
    public required string Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public required DateTimeOffset VerifiedAt { get; init; }
}
