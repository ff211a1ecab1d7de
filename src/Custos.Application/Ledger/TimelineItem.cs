using Custos.Domain.Access;

namespace Custos.Application.Ledger;

/// <summary>One event of a timeline and what checking it against the published log found.</summary>
public sealed record TimelineItem(
    string EventType, DateTimeOffset OccurredAt, string Actor, string Subject, long? LeafIndex, string Commitment, TimelineStatus Status);
