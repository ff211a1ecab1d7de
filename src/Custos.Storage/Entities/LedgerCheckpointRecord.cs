namespace Custos.Storage.Entities;

/// <summary>A checkpoint the ledger published (kept so that consistency can be proved from any of them).</summary>
public sealed class LedgerCheckpointRecord
{
    public required long Size { get; init; }
    public required byte[] Root { get; init; }
    public required string Note { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
}
