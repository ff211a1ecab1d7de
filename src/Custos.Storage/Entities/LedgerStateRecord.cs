namespace Custos.Storage.Entities;

/// <summary>The ledger's single state row: how far it is sequenced and the last checkpoint published.</summary>
public sealed class LedgerStateRecord
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public required string Origin { get; init; }
    public long SequencedSize { get; set; }
    public long PublishedSize { get; set; }
    public required byte[] PublishedRoot { get; set; }
    public required string PublishedNote { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The fencing token of the ledger's leadership: incremented by each node that becomes leader.</summary>
    public long LeaderTerm { get; set; }
}
