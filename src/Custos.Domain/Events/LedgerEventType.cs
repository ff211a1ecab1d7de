namespace Custos.Domain.Events;

/// <summary>
/// The type of an event written to the verifiable ledger. <see cref="Id"/> and <see cref="Name"/> are stable forever:
/// they are part of the public log encoding and are never renumbered or reused.
/// </summary>
public sealed record LedgerEventType(int Id, string Name);
