namespace Custos.Domain.Policy;

/// <summary>The platform's own relationship with a country's authorities.</summary>
public enum PlatformRelationship
{
    Active,
    Restricted,
    Suspended,
}
