namespace Custos.Application.Ledger;

/// <summary>Where the ledger stands: the published head (null before the first start), the events waiting, the latest ones.</summary>
public sealed record LedgerStatus(LedgerHead? Head, int Unsequenced, IReadOnlyList<LedgerEventSummary> Recent);

/// <summary>An event as the ledger page lists it: its position, type, time and subject (never its details).</summary>
public sealed record LedgerEventSummary(long Id, long? LeafIndex, string EventType, DateTimeOffset OccurredAt, string Subject);
