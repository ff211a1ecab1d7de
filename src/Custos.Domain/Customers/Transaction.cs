namespace Custos.Domain.Customers;

/// <summary>
/// A deposit, withdrawal or trade. Deposits and withdrawals carry the on-chain counterparty address and transaction
/// hash; trades carry the counter asset and amount.
/// </summary>
public sealed record Transaction
{
    public required string TransactionId { get; init; }
    public required string AccountId { get; init; }
    public required TransactionKind Kind { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Asset { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>The customer's own address used (deposit or withdrawal).</summary>
    public string? WalletAddress { get; init; }
    /// <summary>The other side's address (sender of a deposit, receiver of a withdrawal).</summary>
    public string? CounterpartyAddress { get; init; }
    public string? TxHash { get; init; }
    public string? CounterAsset { get; init; }
    public decimal? CounterAmount { get; init; }
}
