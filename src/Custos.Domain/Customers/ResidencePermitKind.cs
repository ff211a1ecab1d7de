namespace Custos.Domain.Customers;

/// <summary>Kind of residence permit. Serialised as <c>temporary</c> or <c>permanent</c>.</summary>
public enum ResidencePermitKind
{
    Temporary = 1,
    Permanent = 2,
}
