namespace Custos.Application.Agencies;

/// <summary>
/// What an officer types into the portal's registration form: themselves, and their agency in case its domain is not
/// registered yet (ignored when it is).
/// </summary>
public sealed record OfficerSelfRegistration(
    string? Name, string? Title, string? Email, string? Phone, string? Password, string? AgencyName, string? AgencyCountry, string? AgencyType);
