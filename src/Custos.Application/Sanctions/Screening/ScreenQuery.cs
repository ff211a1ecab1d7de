namespace Custos.Application.Sanctions.Screening;

/// <summary>Who to screen, as a person types it: a name, and a date of birth, a country and a type when known.</summary>
/// <param name="Name">The name, in any script and order.</param>
/// <param name="BirthDate">A date of birth as lists and forms write it (<c>1952-10-07</c>, <c>1952</c>, <c>07 Oct 1952</c>).</param>
/// <param name="Country">A country of nationality or registration: an ISO code or a name.</param>
/// <param name="Type">person, organization, vessel or aircraft.</param>
public sealed record ScreenQuery(string Name, string? BirthDate = null, string? Country = null, string? Type = null);
