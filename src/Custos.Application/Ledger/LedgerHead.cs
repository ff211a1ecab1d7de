namespace Custos.Application.Ledger;

/// <summary>The published state of the log: its latest signed checkpoint.</summary>
public sealed record LedgerHead(string Origin, long Size, byte[] Root, string CheckpointNote, DateTimeOffset PublishedAt, long SequencedSize);
