using Custos.Domain.Requests;

namespace Custos.Application.Agencies;

/// <summary>Narrows the agency list; every criterion left null matches everything.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Type">Kind of authority.</param>
/// <param name="Verification">Verification state.</param>
/// <param name="Text">Part of the name or of a domain (case-insensitive).</param>
public sealed record AgencyFilter(string? Country = null, AgencyType? Type = null, AgencyVerification? Verification = null, string? Text = null)
{
    public static AgencyFilter All { get; } = new();
}
