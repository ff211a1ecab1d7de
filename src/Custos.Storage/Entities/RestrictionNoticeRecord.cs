namespace Custos.Storage.Entities;

/// <summary>A notice to a restricted customer, waiting for the sender (an outbox row).</summary>
public sealed class RestrictionNoticeRecord
{
    public required string Id { get; init; }
    public required string RestrictionId { get; init; }
    public required string AccountId { get; init; }
    /// <summary><c>scheduled</c> until sent, then <c>sent</c>.</summary>
    public required string Status { get; set; }
    public required DateTimeOffset SendAfter { get; init; }
    public required string Body { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
}
