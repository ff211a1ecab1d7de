namespace Custos.Domain.Customers;

/// <summary>
/// One customer of the platform, as read from the platform's own records (Custos holds a copy, never the original).
/// Names are kept as the platform holds them: a Latin-script form and, where the customer has one, the name in its
/// original script.
/// </summary>
public sealed record Customer
{
    public required string AccountId { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }
    /// <summary>Full name in the customer's own script (Cyrillic, Arabic, Han, …), when it differs from the Latin form.</summary>
    public string? NativeName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? PlaceOfBirth { get; init; }
    /// <summary>ISO 3166-1 alpha-2 nationality.</summary>
    public string? Nationality { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country of residence.</summary>
    public required string ResidenceCountry { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? AddressLine { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public required AccountStatus Status { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
}
