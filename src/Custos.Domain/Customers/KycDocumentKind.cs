namespace Custos.Domain.Customers;

/// <summary>Kind of KYC document. Serialised in kebab-case (<c>passport</c>, <c>national-id</c>, …).</summary>
public enum KycDocumentKind
{
    Passport = 1,
    NationalId = 2,
    ResidencePermit = 3,
    DrivingLicence = 4,
    ProofOfAddress = 5,
    Selfie = 6,
}
