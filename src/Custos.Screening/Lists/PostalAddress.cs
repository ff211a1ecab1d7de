namespace Custos.Screening.Lists;

/// <summary>An address of an entry, as published (OFAC joins city, state and postal code in one field).</summary>
/// <param name="Street">Street and number.</param>
/// <param name="City">City (for OFAC: city, state or province and postal code as one text).</param>
/// <param name="Region">State or province, when published separately.</param>
/// <param name="PostalCode">Postal code, when published separately.</param>
/// <param name="Country">Country.</param>
/// <param name="Note">Remarks on the address.</param>
public sealed record PostalAddress(string? Street, string? City, string? Region, string? PostalCode, string? Country, string? Note);
