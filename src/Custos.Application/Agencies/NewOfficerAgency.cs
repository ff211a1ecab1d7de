using Custos.Domain.Requests;

namespace Custos.Application.Agencies;

/// <summary>The agency an officer describes when it is not registered yet; its domain is the officer's e-mail domain.</summary>
public sealed record NewOfficerAgency(string Name, string Country, AgencyType Type);
