namespace Custos.Domain.Policy;

/// <summary>Jurisdiction risk tier, lowest first.</summary>
public enum RiskTier
{
    Low,
    Elevated,
    High,
}
