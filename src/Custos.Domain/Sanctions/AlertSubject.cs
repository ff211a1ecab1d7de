namespace Custos.Domain.Sanctions;

/// <summary>What of the customer matched a list entry. Serialised as <c>name</c> or <c>wallet</c>.</summary>
public enum AlertSubject
{
    /// <summary>The customer's name (or native name), with date of birth and nationality as evidence.</summary>
    Name = 1,

    /// <summary>A wallet address of the customer is listed.</summary>
    Wallet = 2,
}
