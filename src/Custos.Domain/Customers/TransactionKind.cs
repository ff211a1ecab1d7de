namespace Custos.Domain.Customers;

/// <summary>Kind of transaction. Serialised as <c>deposit</c>, <c>withdrawal</c> or <c>trade</c>.</summary>
public enum TransactionKind
{
    Deposit = 1,
    Withdrawal = 2,
    Trade = 3,
}
