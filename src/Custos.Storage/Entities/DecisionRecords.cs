using Custos.Domain.Decisions;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;

namespace Custos.Storage.Entities;

/// <summary>A vote a reviewer cast on a request (its lines are <see cref="VoteItemRecord"/>s).</summary>
public sealed class VoteRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    /// <summary>The voter's actor id (<c>staff:&lt;id&gt;</c>).</summary>
    public required string Voter { get; init; }
    /// <summary>The functions the voter's roles filled when the vote was cast, space-separated (<c>legal compliance</c>).</summary>
    public required string Functions { get; init; }
    public required DateTimeOffset CastAt { get; init; }
    public required string Rationale { get; init; }
    public string? Justification { get; init; }
}

/// <summary>One line of a vote: an item (target index × category), produce or withhold, and the days a produce approves.</summary>
public sealed class VoteItemRecord
{
    public required string VoteId { get; init; }
    public required int Position { get; init; }
    public required int Target { get; init; }
    public required DataCategory Category { get; init; }
    public required bool Produce { get; init; }
    /// <summary>The first day approved; null for a withhold.</summary>
    public DateOnly? RangeFrom { get; init; }
    /// <summary>The last day approved; null for a withhold.</summary>
    public DateOnly? RangeTo { get; init; }
}

/// <summary>A decision taken on a request as a whole: refuse, push back or produce, with its rationale.</summary>
public sealed class RequestDecisionRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required DecisionAct Act { get; init; }
    public required string DecidedBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    public required string Rationale { get; init; }
}

/// <summary>
/// A production: the package built for a request. Until it is sealed, <see cref="Archive"/> holds the plain archive —
/// customer data in clear — which the release step drops once it has stored <see cref="SealedPackage"/>.
/// </summary>
public sealed class ProductionRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    /// <summary>The manifest's SHA-256 (lower-case hex) the <c>production.created</c> event commits to.</summary>
    public required string ManifestSha256 { get; init; }
    /// <summary>The id of the <c>production.created</c> ledger event.</summary>
    public required long EventId { get; init; }
    /// <summary>The plain archive; holds customer data, null once sealed.</summary>
    public byte[]? Archive { get; set; }
    /// <summary>The CMS enveloped package sealed to the agency's certificate; null until released.</summary>
    public byte[]? SealedPackage { get; set; }
    public required ProductionStatus Status { get; set; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; set; }
    /// <summary>When the download link stops working (set on release).</summary>
    public DateTimeOffset? LinkExpiresAt { get; set; }
    /// <summary>When the agency first downloaded the package completely.</summary>
    public DateTimeOffset? DownloadedAt { get; set; }
    /// <summary>Optimistic concurrency: two release steps (or two downloads) at once cannot both win.</summary>
    public long RowVersion { get; set; }
}

/// <summary>The out-of-band call that confirms (or denies) an emergency request.</summary>
public sealed class EmergencyCallRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required string Caller { get; init; }
    public string? NumberCalled { get; init; }
    public required DateTimeOffset CalledAt { get; init; }
    public required CallOutcome Outcome { get; init; }
    public string? Statement { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A preservation of a request's targets' data: its period and terms, and where it stands.</summary>
public sealed class PreservationRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    /// <summary>The first day preserved.</summary>
    public required DateOnly StartDay { get; init; }
    public required int Days { get; init; }
    public required int ExtensionDays { get; init; }
    public required int MaxExtensions { get; init; }
    /// <summary>Where the terms come from (the law or rule).</summary>
    public required string TermsSource { get; init; }
    /// <summary>The days extensions were granted on, space-separated <c>yyyy-MM-dd</c>, oldest first.</summary>
    public string Extensions { get; set; } = string.Empty;
    public required PreservationState State { get; set; }
    public required string StartedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; set; }
    public long RowVersion { get; set; }
}

/// <summary>
/// Notice to one customer whose data a production carries: where it stands under the notice rules (kept up to date by
/// the notice scheduler), on what legal basis it is held back, and the outbox message once queued.
/// </summary>
public sealed class CustomerNoticeRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required string ProductionId { get; init; }
    public required string AccountId { get; init; }
    /// <summary>What the production carries about the customer: JSON <c>[{"category":…,"from":…,"to":…}]</c>, for the notice's text.</summary>
    public required string Disclosed { get; init; }
    public required Domain.Notices.NoticeStatus Status { get; set; }
    /// <summary>The day notice goes (due or scheduled); null while held back with no date.</summary>
    public DateOnly? SendOn { get; set; }
    public required string Reason { get; set; }
    public string? LegalBasis { get; set; }
    /// <summary>For an order without an end date, the day legal review is due.</summary>
    public DateOnly? ReviewDue { get; set; }
    /// <summary>The day of the latest legal review of an order without an end date.</summary>
    public DateOnly? LastLegalReview { get; set; }
    /// <summary>The review due date already flagged in the ledger (so each is flagged once).</summary>
    public DateOnly? ReviewFlaggedFor { get; set; }
    public required DateTimeOffset DecidedAt { get; init; }
    /// <summary>The outbox message, once queued.</summary>
    public string? OutboxId { get; set; }
    public DateTimeOffset? QueuedAt { get; set; }
    public long RowVersion { get; set; }
}
