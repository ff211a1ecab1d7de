namespace Custos.Application.Agencies;

/// <summary>A registered officer, their agency, and whether the agency was registered with them.</summary>
public sealed record OfficerRegistration(RegisteredOfficer Officer, RegisteredAgency Agency, bool AgencyCreated);
