namespace Custos.Storage.Entities;

/// <summary>A restriction recorded on an account, with its stable reason code and what must be done.</summary>
public sealed class AccountRestrictionRecord
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    /// <summary>The stable reason code (<c>eu-833-5b-threshold</c>, <c>eu-833-5b-ban</c>, <c>sanctions-list-match</c>).</summary>
    public required string Reason { get; init; }
    /// <summary>The policy's sanctions regime id, for a regime's restriction.</summary>
    public string? Regime { get; init; }
    /// <summary>The confirmed alert, for a sanctions hit.</summary>
    public string? AlertId { get; init; }
    public required DateOnly AsOf { get; init; }
    public decimal? HoldingsEur { get; init; }
    /// <summary>What the provider must do (close and return the assets; block).</summary>
    public required string Action { get; init; }
    public required string Explanation { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
