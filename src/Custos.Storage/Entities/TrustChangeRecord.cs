using Custos.Domain.Agencies;

namespace Custos.Storage.Entities;

/// <summary>A proposed trust decision about an agency, waiting for (or decided by) a second person.</summary>
public sealed class TrustChangeRecord
{
    public required string Id { get; init; }
    public required string AgencyId { get; init; }
    public required TrustChangeKind Kind { get; init; }
    /// <summary>What is proposed, as JSON (verification method and note, the flag, the certificate PEM, the key's name).</summary>
    public required string Payload { get; init; }
    public required string ProposedBy { get; init; }
    public required DateTimeOffset ProposedAt { get; init; }
    public required TrustChangeStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>Optimistic concurrency: two approvers at once cannot both decide.</summary>
    public long RowVersion { get; set; }
}
