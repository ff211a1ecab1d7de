namespace Custos.Domain.Sanctions;

/// <summary>Where a sanctions alert stands. Serialised in kebab-case (<c>open</c>, <c>confirmed</c>, <c>dismissed</c>).</summary>
public enum AlertStatus
{
    /// <summary>Raised and waiting for a compliance officer.</summary>
    Open = 1,

    /// <summary>A compliance officer found that the customer is the listed party: the account is restricted.</summary>
    Confirmed = 2,

    /// <summary>A compliance officer found that the customer is not the listed party.</summary>
    Dismissed = 3,
}
