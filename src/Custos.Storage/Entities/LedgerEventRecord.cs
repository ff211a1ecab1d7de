using Custos.Domain.Access;

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
    /// <summary>The private details as canonical JSON; null once erased (the commitment in the log stays valid).</summary>
    public required string? Details { get; set; }

    /// <summary>Other things the event concerns (<c>customer:C1 request:req_x</c>), space-separated; logged only as keyed hashes.</summary>
    public string References { get; init; } = string.Empty;

    /// <summary>The policy version in force when the event happened, when one applies.</summary>
    public string? PolicyVersion { get; init; }

    /// <summary>The random salt of the commitment; null once the details are erased.</summary>
    public byte[]? Salt { get; set; }

    /// <summary>Hex SHA-256(salt ‖ UTF-8 details): what the log commits to.</summary>
    public required string Commitment { get; init; }

    /// <summary>The exact bytes of the log entry (format custos-event/v1, or v2 with a public part; docs/ledger.md).</summary>
    public required byte[] Entry { get; init; }

    /// <summary>The entry's index in the log; null until the integrator sequences it.</summary>
    public long? LeafIndex { get; set; }
}
