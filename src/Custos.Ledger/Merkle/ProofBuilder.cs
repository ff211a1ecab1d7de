namespace Custos.Ledger.Merkle;

/// <summary>
/// Generates RFC 9162 inclusion and consistency proofs, and Merkle Tree Certificates subtree consistency proofs, from
/// any <see cref="INodeHashSource"/> (for example tiles).
/// </summary>
public static class ProofBuilder
{
    /// <summary>Builds the inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="source">Serves node hashes of a tree of at least <paramref name="treeSize"/> leaves.</param>
    /// <param name="index">The leaf index; must be below <paramref name="treeSize"/>.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The proof hashes, from the leaf's sibling up to the root's child.</returns>
    public static async ValueTask<IReadOnlyList<byte[]>> CreateInclusionProofAsync(INodeHashSource source, ulong index, ulong treeSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, treeSize);
        var ranges = new List<(ulong Start, ulong End)>();
        ulong offset = 0, m = index, n = treeSize;
        while (n > 1)
        {
            var k = TreeMath.LargestPowerOfTwoBelow(n);
            if (m < k)
            {
                ranges.Add((offset + k, offset + n));
                n = k;
            }
            else
            {
                ranges.Add((offset, offset + k));
                offset += k;
                m -= k;
                n -= k;
            }
        }

        ranges.Reverse();
        return await HashRangesAsync(source, ranges, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the RFC 9162 consistency proof between tree sizes <paramref name="size1"/> and <paramref name="size2"/>.</summary>
    /// <param name="source">Serves node hashes of a tree of at least <paramref name="size2"/> leaves.</param>
    /// <param name="size1">The old size; 0 &lt; size1 &lt;= size2 gives a proof, size1 = size2 or 0 an empty one.</param>
    /// <param name="size2">The new size.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The proof hashes.</returns>
    public static ValueTask<IReadOnlyList<byte[]>> CreateConsistencyProofAsync(INodeHashSource source, ulong size1, ulong size2, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size1, size2);
        if (size1 == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<byte[]>>([]);
        }

        return CreateSubtreeConsistencyProofAsync(source, 0, size1, size2, cancellationToken);
    }

    /// <summary>
    /// Builds the proof that the subtree [<paramref name="start"/>, <paramref name="end"/>) is consistent with the tree of
    /// <paramref name="treeSize"/> leaves (Merkle Tree Certificates draft, SUBTREE_PROOF). With start 0 this is the RFC
    /// 9162 consistency proof.
    /// </summary>
    /// <param name="source">Serves node hashes of a tree of at least <paramref name="treeSize"/> leaves.</param>
    /// <param name="start">Subtree start; must be a multiple of BIT_CEIL(end - start).</param>
    /// <param name="end">Subtree end (exclusive), greater than start and at most the tree size.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The proof hashes.</returns>
    public static async ValueTask<IReadOnlyList<byte[]>> CreateSubtreeConsistencyProofAsync(INodeHashSource source, ulong start, ulong end, ulong treeSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (start >= end || end > treeSize || !TreeMath.IsValidSubtree(start, end))
        {
            throw new ArgumentException($"[{start}, {end}) is not a valid non-empty subtree of a tree of size {treeSize}.", nameof(start));
        }

        var ranges = new List<(ulong Start, ulong End)>();
        ulong offset = 0, s = start, e = end, n = treeSize;
        var known = true;
        while (!(s == 0 && e == n))
        {
            var k = TreeMath.LargestPowerOfTwoBelow(n);
            if (e <= k)
            {
                ranges.Add((offset + k, offset + n));
                n = k;
            }
            else if (s >= k)
            {
                ranges.Add((offset, offset + k));
                offset += k;
                s -= k;
                e -= k;
                n -= k;
            }
            else
            {
                ranges.Add((offset, offset + k));
                offset += k;
                e -= k;
                n -= k;
                known = false;
            }
        }

        if (!known)
        {
            ranges.Add((offset, offset + n));
        }

        ranges.Reverse();
        return await HashRangesAsync(source, ranges, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Computes MTH(D[start:end]) for a range aligned as in the tree structure.</summary>
    /// <param name="source">Serves node hashes.</param>
    /// <param name="start">Range start.</param>
    /// <param name="end">Range end (exclusive); greater than start.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The range hash.</returns>
    public static async ValueTask<byte[]> HashRangeAsync(INodeHashSource source, ulong start, ulong end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, end);
        var nodes = new List<(int Level, ulong Index)>();
        TreeMath.DecomposeRange(start, end, nodes);
        var hash = await source.GetNodeHashAsync(nodes[^1].Level, nodes[^1].Index, cancellationToken).ConfigureAwait(false);
        for (var i = nodes.Count - 2; i >= 0; i--)
        {
            var left = await source.GetNodeHashAsync(nodes[i].Level, nodes[i].Index, cancellationToken).ConfigureAwait(false);
            hash = MerkleHash.HashChildren(left, hash);
        }

        return hash;
    }

    /// <summary>Computes the root of the tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="source">Serves node hashes.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The root hash.</returns>
    public static ValueTask<byte[]> ComputeRootAsync(INodeHashSource source, ulong treeSize, CancellationToken cancellationToken = default) =>
        treeSize == 0 ? ValueTask.FromResult(MerkleHash.EmptyRoot.ToArray()) : HashRangeAsync(source, 0, treeSize, cancellationToken);

    private static async ValueTask<IReadOnlyList<byte[]>> HashRangesAsync(INodeHashSource source, List<(ulong Start, ulong End)> ranges, CancellationToken cancellationToken)
    {
        var proof = new byte[ranges.Count][];
        for (var i = 0; i < ranges.Count; i++)
        {
            proof[i] = await HashRangeAsync(source, ranges[i].Start, ranges[i].End, cancellationToken).ConfigureAwait(false);
        }

        return proof;
    }
}
