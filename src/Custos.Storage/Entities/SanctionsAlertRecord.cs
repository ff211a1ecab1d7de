using Custos.Domain.Sanctions;

namespace Custos.Storage.Entities;

/// <summary>
/// A screening hit raised for review. It keeps the facts as screened and the list entry as listed, so that the alert
/// is reviewed without opening the customer's record.
/// </summary>
public sealed class SanctionsAlertRecord
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required AlertSubject Subject { get; init; }
    public required string ListId { get; init; }
    public required string SourceId { get; init; }
    public required string ListVersionId { get; init; }
    public required string CustomerFingerprint { get; init; }
    public required string EntryFingerprint { get; init; }
    public string? ScreenedName { get; init; }
    public string? ScreenedNativeName { get; init; }
    public DateOnly? ScreenedBirthDate { get; init; }
    public string? ScreenedNationality { get; init; }
    /// <summary>For a wallet hit: the asset and the address, <c>ETH 0x…</c>.</summary>
    public string? ScreenedWallet { get; init; }
    public required string EntryName { get; init; }
    public required string EntryKind { get; init; }
    public required string EntryPrograms { get; init; }
    /// <summary>The entry's dates of birth, nationalities and other screened facts as listed, for the reviewer.</summary>
    public required string EntryFacts { get; init; }
    public required string MatchedName { get; init; }
    public required double Score { get; init; }
    public required string Explanation { get; init; }
    public required AlertStatus Status { get; set; }
    public required DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionReason { get; set; }
    /// <summary>Optimistic concurrency: two officers cannot both decide one alert.</summary>
    public long RowVersion { get; set; }
}
