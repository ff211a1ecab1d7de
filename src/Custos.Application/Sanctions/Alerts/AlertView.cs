using Custos.Domain.Sanctions;

namespace Custos.Application.Sanctions.Alerts;

/// <summary>
/// One alert with what a reviewer decides on: the customer's facts as screened (never the rest of the record), the
/// list entry as listed, the score and its explanation, and the decision once taken.
/// </summary>
public sealed record AlertView
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required AlertSubject Subject { get; init; }
    public required string ListId { get; init; }
    public required string SourceId { get; init; }
    public required string ListVersionId { get; init; }
    public string? ScreenedName { get; init; }
    public string? ScreenedNativeName { get; init; }
    public DateOnly? ScreenedBirthDate { get; init; }
    public string? ScreenedNationality { get; init; }
    public string? ScreenedWallet { get; init; }
    public required string EntryName { get; init; }
    public required string EntryKind { get; init; }
    public required string EntryPrograms { get; init; }
    public required string EntryFacts { get; init; }
    public required string MatchedName { get; init; }
    public required double Score { get; init; }
    public required string Explanation { get; init; }
    public required AlertStatus Status { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecisionReason { get; init; }
}
