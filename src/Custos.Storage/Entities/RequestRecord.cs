using Custos.Domain.Access;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Storage.Entities;

/// <summary>A government demand as received, with where it stands and its latest scrutiny.</summary>
public sealed class RequestRecord
{
    public required string Id { get; init; }
    /// <summary>The registered agency, when the demand came from one (an informal approach or a paper order may not).</summary>
    public string? AgencyId { get; set; }
    public string? OfficerId { get; set; }
    /// <summary>The agency's own case reference.</summary>
    public string? Reference { get; set; }
    public required RequestChannel Channel { get; init; }
    public required RequestKind Kind { get; set; }
    /// <summary>Changed only through the lifecycle, with a transition row and a ledger event.</summary>
    public required RequestStatus Status { get; set; }
    /// <summary>An informal approach (meeting, call, message to an employee): its own kind, never approvable.</summary>
    public required bool Informal { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>The actor who entered it: an officer, an API key, or the analyst who typed in a paper order.</summary>
    public required string SubmittedBy { get; init; }
    /// <summary>The request in the interchange format (REQUEST-FORMAT.md), as JSON.</summary>
    public required string Payload { get; set; }
    public string? PolicyVersion { get; set; }
    /// <summary>The latest scrutiny result, as JSON.</summary>
    public string? Scrutiny { get; set; }
    public Recommendation? Recommendation { get; set; }
    public RiskTier? RiskTier { get; set; }
    /// <summary>When the answer is due; null while incomplete, informal, or not yet scrutinised.</summary>
    public DateTimeOffset? Deadline { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }
    /// <summary>
    /// The day a legal reviewer recorded that the request's non-disclosure order or tipping-off prohibition no longer binds
    /// (a <c>lift-non-disclosure</c> decision, ledgered as <c>non-disclosure.lifted</c>); null while it binds or there is none.
    /// </summary>
    public DateOnly? NonDisclosureLiftedOn { get; set; }
    /// <summary>Optimistic concurrency: incremented by every change, so two reviewers cannot both move a request.</summary>
    public long RowVersion { get; set; }
}

/// <summary>One target of a request and what it resolved to in the customer data.</summary>
public sealed class RequestTargetRecord
{
    public required string RequestId { get; init; }
    public required int Position { get; init; }
    public required TargetType Type { get; init; }
    public string? Value { get; init; }
    public required TargetRole Role { get; init; }
    public required TargetMatch Match { get; set; }
    public required int Reach { get; set; }
    /// <summary>Space-separated account ids, at most a page of them.</summary>
    public required string Sample { get; set; }
    public required string Explanation { get; set; }
    public required DateTimeOffset ResolvedAt { get; set; }
}

/// <summary>A legal document attached to a request, stored with its SHA-256 (which goes into the ledger).</summary>
public sealed class RequestDocumentRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required string Name { get; init; }
    public required string MediaType { get; init; }
    public required long SizeBytes { get; init; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required string UploadedBy { get; init; }
}

/// <summary>A message on a request: a clarification question to the agency, its answer, or a note.</summary>
public sealed class RequestMessageRecord
{
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required RequestMessageKind Kind { get; init; }
    /// <summary>The actor id of the author.</summary>
    public required string Author { get; init; }
    public required bool FromAgency { get; init; }
    public required string Body { get; init; }
    public required DateTimeOffset SentAt { get; init; }
}

/// <summary>One change of a request's status (the same change is a ledger event committed with it).</summary>
public sealed class RequestTransitionRecord
{
    public required string RequestId { get; init; }
    public required int Seq { get; init; }
    /// <summary>Null for the creation of the request.</summary>
    public RequestStatus? FromStatus { get; init; }
    public required RequestTrigger Trigger { get; init; }
    public required RequestStatus ToStatus { get; init; }
    public required string Actor { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>An API <c>Idempotency-Key</c>: a retry with the same key and body returns the first result.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Who used the key (an API key id or an officer id): keys are per client.</summary>
    public required string Principal { get; init; }
    public required string Key { get; init; }
    /// <summary>Hex SHA-256 of what was submitted, so a reused key with a different body is refused.</summary>
    public required string RequestHash { get; init; }
    public required string RequestId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>An installed version of the scrutiny policy; exactly one is active.</summary>
public sealed class PolicyVersionRecord
{
    public required string Version { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>The policy file (YAML) exactly as installed.</summary>
    public required string Content { get; init; }
    public bool IsActive { get; set; }
    public required DateTimeOffset InstalledAt { get; init; }
    public required string InstalledBy { get; init; }
}
