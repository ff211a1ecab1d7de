using Custos.Domain.Requests;

namespace Custos.Application.Agencies;

/// <summary>What is needed to register an agency.</summary>
/// <param name="Name">The agency's official name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the agency's country.</param>
/// <param name="Type">The kind of authority.</param>
/// <param name="Domains">Its official e-mail domains (at least one).</param>
public sealed record NewAgency(string Name, string Country, AgencyType Type, IReadOnlyList<string> Domains);
