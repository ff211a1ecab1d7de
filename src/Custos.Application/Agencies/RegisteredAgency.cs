using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Storage.Entities;

namespace Custos.Application.Agencies;

/// <summary>An agency as the registry shows it.</summary>
public sealed record RegisteredAgency(
    string Id,
    string Name,
    string Country,
    AgencyType Type,
    AgencyVerification Verification,
    VerificationMethod? VerificationMethod,
    string? VerificationNote,
    string? VerifiedBy,
    DateTimeOffset? VerifiedAt,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> ReputationFlags,
    AgencyCertificate? Certificate,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int OfficerCount)
{
    /// <summary>The agency's telephone number as the registry publishes it (recorded with its verification); null when none.</summary>
    public string? Phone { get; init; }

    /// <summary>Whether requests from this agency may go on without waiting for an out-of-band check.</summary>
    public bool IsVerified => Verification == AgencyVerification.VerifiedOutOfBand;

    public bool IsFailed => Verification == AgencyVerification.Failed;

    internal static RegisteredAgency From(AgencyRecord record, int officerCount) => new RegisteredAgency(
        record.Id,
        record.Name,
        record.Country,
        record.Type,
        record.Verification,
        record.VerificationMethod,
        record.VerificationNote,
        record.VerifiedBy,
        record.VerifiedAt,
        record.Domains.Select(d => d.Domain).Order(StringComparer.Ordinal).ToArray(),
        Agencies.ReputationFlags.Parse(record.ReputationFlags),
        record.CertificatePem is not null && record.CertificateThumbprint is not null && record.CertificateNotAfter is { } notAfter
            ? new AgencyCertificate(record.CertificatePem, record.CertificateThumbprint, notAfter)
            : null,
        record.CreatedAt,
        record.CreatedBy,
        officerCount) with { Phone = record.Phone };
}
