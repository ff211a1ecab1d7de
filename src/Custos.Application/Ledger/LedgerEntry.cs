using Custos.Domain.Access;

namespace Custos.Application.Ledger;

/// <summary>A log entry of format <c>custos-event/v1</c> (docs/ledger.md), as parsed back from the log.</summary>
public sealed record LedgerEntry(
    int TypeId,
    string TypeName,
    DateTimeOffset Time,
    string? PolicyVersion,
    string Actor,
    string Subject,
    IReadOnlyList<string> References,
    string Commitment);
