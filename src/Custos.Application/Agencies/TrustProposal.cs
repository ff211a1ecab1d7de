using Custos.Domain.Agencies;

namespace Custos.Application.Agencies;

/// <summary>What a trust decision proposes, kept as JSON until a second person approves it.</summary>
internal sealed record TrustProposal
{
    public VerificationOutcome? Outcome { get; init; }
    public VerificationMethod? Method { get; init; }
    public string? Note { get; init; }

    /// <summary>For a verification: the agency's published telephone number, the only one an emergency is confirmed on.</summary>
    public string? Phone { get; init; }
    public string? Flag { get; init; }
    public string? CertificatePem { get; init; }
    public string? CertificateThumbprint { get; init; }
    public string? KeyName { get; init; }
}
