namespace Custos.Domain.Customers;

/// <summary>The amount of one asset a customer held at the platform on a date.</summary>
public sealed record Holding
{
    public required string AccountId { get; init; }
    public required string Asset { get; init; }
    public required decimal Amount { get; init; }
    public required DateOnly AsOf { get; init; }
}
