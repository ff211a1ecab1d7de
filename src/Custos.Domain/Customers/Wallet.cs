namespace Custos.Domain.Customers;

/// <summary>A blockchain address the platform assigned to, or whitelisted for, a customer.</summary>
public sealed record Wallet
{
    /// <summary>Asset code as the platform writes it (BTC, ETH, USDT, …).</summary>
    public required string Asset { get; init; }
    public required string Address { get; init; }
    public required string AccountId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
