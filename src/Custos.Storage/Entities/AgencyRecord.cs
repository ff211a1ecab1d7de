using Custos.Domain.Agencies;
using Custos.Domain.Requests;

namespace Custos.Storage.Entities;

/// <summary>A requesting authority in the agency registry.</summary>
public sealed class AgencyRecord
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }
    public required AgencyType Type { get; set; }
    public required AgencyVerification Verification { get; set; }
    /// <summary>How the out-of-band verification was done (e.g. <c>published-phone</c>, <c>known-contact</c>).</summary>
    public VerificationMethod? VerificationMethod { get; set; }
    /// <summary>What the analyst recorded: the number called, where it is published, whom they spoke to.</summary>
    public string? VerificationNote { get; set; }
    public string? VerifiedBy { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>Space-separated kebab-case flags such as <c>earlier-fraud</c> or <c>spoofed-domain</c>.</summary>
    public string ReputationFlags { get; set; } = string.Empty;
    /// <summary>The X.509 certificate (PEM) productions are encrypted to.</summary>
    public string? CertificatePem { get; set; }
    /// <summary>Lower-case hex SHA-256 of the certificate's DER encoding.</summary>
    public string? CertificateThumbprint { get; set; }
    public DateTimeOffset? CertificateNotAfter { get; set; }
    /// <summary>The agency's telephone number as the registry publishes it (normalised); the only number an emergency is confirmed on.</summary>
    public string? Phone { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public List<AgencyDomainRecord> Domains { get; } = [];
}

/// <summary>An official e-mail domain of an agency; a domain belongs to one agency only.</summary>
public sealed class AgencyDomainRecord
{
    /// <summary>Lower-case domain, e.g. <c>fbi.gov</c>.</summary>
    public required string Domain { get; init; }
    public required string AgencyId { get; init; }
}

/// <summary>An officer of an agency who signs in to the agency portal.</summary>
public sealed class OfficerRecord : ISignInAccount
{
    public required string Id { get; init; }
    public required string AgencyId { get; init; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    /// <summary>Lower-case official e-mail address (its domain is one of the agency's).</summary>
    public required string Email { get; init; }
    public string? Phone { get; set; }
    /// <summary>ASP.NET Core <c>PasswordHasher</c> output.</summary>
    public required string PasswordHash { get; set; }
    /// <summary><c>pending</c> (registered, agency not yet verified), <c>active</c>, <c>disabled</c>.</summary>
    public required OfficerStatus Status { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ActivatedAt { get; set; }
    public int FailedSignIns { get; set; }
    public int Lockouts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? TotpSecret { get; set; }
    public string? TotpPendingSecret { get; set; }
    public DateTimeOffset? TotpEnrolledAt { get; set; }
    public long? TotpLastStep { get; set; }
}
