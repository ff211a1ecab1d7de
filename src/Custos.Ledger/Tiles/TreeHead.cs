namespace Custos.Ledger.Tiles;

/// <summary>A tree size and its RFC 6962 root hash.</summary>
/// <param name="Size">The number of leaves.</param>
/// <param name="RootHash">The 32-byte root hash.</param>
public sealed record TreeHead(ulong Size, byte[] RootHash);
