using Custos.Domain.Lifecycle;

namespace Custos.Application.Operations;

/// <summary>
/// Where the platform stands, as the metrics show it: counts and ages only, never an identifier or a name. Read from the
/// database by <see cref="OperationsQueries"/> and kept by <see cref="OperationsSnapshotCache"/>.
/// </summary>
public sealed record OperationsSnapshot
{
    /// <summary>When the snapshot was read.</summary>
    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>Requests still in the queue (not in a terminal status), by status and age since receipt; every pair is present, zeros included.</summary>
    public required IReadOnlyDictionary<(RequestStatus Status, QueueAge Age), long> OpenRequests { get; init; }

    /// <summary>Events committed with their change but not yet given a leaf index by the integrator.</summary>
    public required long LedgerUnsequenced { get; init; }

    /// <summary>Events committed but not yet covered by the published checkpoint (unsequenced, or sequenced and not yet published).</summary>
    public required long LedgerUnpublished { get; init; }

    /// <summary>How long the oldest event not yet covered by the published checkpoint has waited; zero when there is none.</summary>
    public required TimeSpan LedgerLag { get; init; }

    /// <summary>The tree size of the published checkpoint (0 before the first).</summary>
    public required long LedgerPublishedSize { get; init; }

    /// <summary>The number of events given leaf indices so far.</summary>
    public required long LedgerSequencedSize { get; init; }

    /// <summary>Customer notices in the outbox that are not sent yet, by where they stand; every state is present.</summary>
    public required IReadOnlyDictionary<OutboxState, long> OutboxBacklog { get; init; }

    /// <summary>Staff accounts locked out now.</summary>
    public required long LockedStaff { get; init; }

    /// <summary>Officer accounts locked out now.</summary>
    public required long LockedOfficers { get; init; }
}
