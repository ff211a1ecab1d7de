namespace Custos.Screening.Lists;

/// <summary>An identity or registration document of an entry.</summary>
/// <param name="Kind">The family of the document.</param>
/// <param name="Label">The list's own label (<c>Passport</c>, <c>National ID No.</c>, <c>Cedula No.</c> …).</param>
/// <param name="Number">The number as published.</param>
/// <param name="Country">The issuing country as published, when stated.</param>
/// <param name="Note">Further text (issue or expiry dates), when stated.</param>
public sealed record IdentityDocument(DocumentKind Kind, string Label, string Number, string? Country, string? Note);
