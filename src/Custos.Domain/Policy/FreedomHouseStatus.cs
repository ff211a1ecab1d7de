namespace Custos.Domain.Policy;

/// <summary>Freedom House's Freedom in the World status of a country.</summary>
public enum FreedomHouseStatus
{
    Free,
    PartlyFree,
    NotFree,
}
