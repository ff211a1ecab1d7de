namespace Custos.Domain.Policy;

/// <summary>The fields a complete request must carry, for <see cref="RuleKind.RequiredField"/> rules.</summary>
public enum RequiredField
{
    LegalProcess,
    LegalBasis,
    Signature,
    Officer,
    AgencyCountry,
    Targets,
    DataCategories,
    DateRange,
}
