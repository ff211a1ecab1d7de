namespace Custos.Ledger.Index;

/// <summary>
/// A proof that the disclosure index maps <see cref="Key"/> to <see cref="Value"/> (membership) or to nothing
/// (non-membership), against the index root. The path to the key ends at depth <c>Siblings.Count</c>, where the proof
/// shows either the key's own leaf (membership), another key's leaf that shares the first <c>Siblings.Count</c> bits
/// (<see cref="OtherKey"/> and <see cref="OtherValueHash"/>), or an empty subtree.
/// </summary>
/// <param name="Key">The 16-byte key.</param>
/// <param name="Value">The key's leaf indexes, ascending, for a membership proof; null otherwise.</param>
/// <param name="Siblings">The sibling hashes along the key's path, from the root's children downwards.</param>
/// <param name="OtherKey">The key of the leaf found instead, for non-membership by another leaf.</param>
/// <param name="OtherValueHash">That leaf's value hash.</param>
public sealed record IndexProof(byte[] Key, IReadOnlyList<ulong>? Value, IReadOnlyList<byte[]> Siblings, byte[]? OtherKey, byte[]? OtherValueHash)
{
    /// <summary>Whether this is a membership proof.</summary>
    public bool IsMembership => Value is not null;
}
