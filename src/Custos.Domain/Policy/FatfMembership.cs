namespace Custos.Domain.Policy;

/// <summary>A country's standing in the FATF (or, for non-members, in the FATF-style regional body that assesses it).</summary>
public enum FatfMembership
{
    Member,
    Suspended,
    RegionalBody,
    None,
}
