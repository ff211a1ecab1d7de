namespace Custos.Domain.Customers;

/// <summary>The platform's status of an account. Serialised in kebab-case (<c>active</c>, <c>suspended</c>, …).</summary>
public enum AccountStatus
{
    Active = 1,
    Suspended = 2,
    Restricted = 3,
    Closed = 4,
}
