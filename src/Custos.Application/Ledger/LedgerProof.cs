namespace Custos.Application.Ledger;

/// <summary>An inclusion proof (<see cref="LeafHash"/> set) or a consistency proof, with the root it leads to.</summary>
public sealed record LedgerProof(long From, long TreeSize, byte[]? LeafHash, IReadOnlyList<byte[]> Proof, byte[] Root);
