namespace Custos.Application.Agencies;

/// <summary>A signed-in officer: who they are and whom they act for.</summary>
public sealed record OfficerPrincipal(string OfficerId, string AgencyId, string Name, string Email, string AgencyName);
