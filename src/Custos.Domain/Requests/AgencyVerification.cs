namespace Custos.Domain.Requests;

/// <summary>How far the requesting agency has been verified.</summary>
public enum AgencyVerification
{
    None,
    DomainVerified,
    VerifiedOutOfBand,
    Failed,
}
