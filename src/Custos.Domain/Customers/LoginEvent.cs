namespace Custos.Domain.Customers;

/// <summary>A sign-in to the platform, with the IP address it came from.</summary>
public sealed record LoginEvent
{
    public required string LoginId { get; init; }
    public required string AccountId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string IpAddress { get; init; }
    public string? Device { get; init; }
}
