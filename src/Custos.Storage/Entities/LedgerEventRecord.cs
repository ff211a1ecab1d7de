namespace Custos.Storage.Entities;

/// <summary>
/// An event committed in the same transaction as the state change it records. The ledger integrator sequences these
/// into the verifiable log; <see cref="Details"/> stays here (it may be erased) and only a commitment to it is logged.
/// </summary>
public sealed class LedgerEventRecord
{
    /// <summary>Database identity, in commit order per writer (not the log index).</summary>
    public long Id { get; init; }
    public required int EventTypeId { get; init; }
    public required string EventType { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Who caused it (<c>staff:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c>, <c>system</c>, <c>cli</c>).</summary>
    public required string Actor { get; init; }
    /// <summary>What it is about (<c>customer-import:&lt;id&gt;</c>, <c>staff:&lt;id&gt;</c>, …).</summary>
    public required string Subject { get; init; }
    /// <summary>The private details as canonical JSON.</summary>
    public required string Details { get; set; }
}
