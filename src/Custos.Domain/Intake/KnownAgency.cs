using Custos.Domain.Requests;

namespace Custos.Domain.Intake;

/// <summary>What the agency registry knows of an agency: it overrides what a submitter says about the agency.</summary>
/// <param name="Name">The registered name.</param>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="Type">The kind of authority.</param>
/// <param name="Domains">Its official e-mail domains.</param>
/// <param name="Verification">How far it has been verified.</param>
public sealed record KnownAgency(string Name, string Country, AgencyType Type, IReadOnlyList<string> Domains, AgencyVerification Verification);
