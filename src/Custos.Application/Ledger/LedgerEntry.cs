using Custos.Domain.Access;

namespace Custos.Application.Ledger;

/// <summary>
/// A log entry of format <c>custos-event/v1</c>, or <c>custos-event/v2</c> when it has a <paramref name="Public"/> part
/// (docs/ledger.md), as parsed back from the log.
/// </summary>
/// <param name="Public">The public attributes, compact JSON of printable ASCII; null for a version-1 entry.</param>
public sealed record LedgerEntry(
    int TypeId,
    string TypeName,
    DateTimeOffset Time,
    string? PolicyVersion,
    string Actor,
    string Subject,
    IReadOnlyList<string> References,
    string Commitment,
    string? Public = null);
