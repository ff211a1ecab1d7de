namespace Custos.Domain.Policy;

/// <summary>The Egmont Group standing of a country's financial intelligence unit.</summary>
public enum EgmontStatus
{
    Member,
    Suspended,
    None,
}
