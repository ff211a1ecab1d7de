namespace Custos.Ledger.Merkle;

/// <summary>
/// Serves hashes of perfect subtrees of a Merkle tree, addressed by (level, index): the node at level L and index i
/// covers leaves [i·2^L, (i+1)·2^L). Proof generation needs nothing else, so proofs can be computed from tiles.
/// </summary>
public interface INodeHashSource
{
    /// <summary>Returns the 32-byte hash of the perfect subtree at (<paramref name="level"/>, <paramref name="index"/>).</summary>
    /// <param name="level">The subtree height; 0 for a leaf hash.</param>
    /// <param name="index">The subtree index within its level.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The hash.</returns>
    ValueTask<byte[]> GetNodeHashAsync(int level, ulong index, CancellationToken cancellationToken);
}
