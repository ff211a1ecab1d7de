namespace Custos.Ledger.Merkle;

/// <summary>
/// Verifies inclusion and consistency proofs exactly as RFC 9162 §2.1.3.2 and §2.1.4.2 describe, and subtree proofs of the
/// Merkle Tree Certificates draft. Bad proofs give an invalid <see cref="VerificationResult"/> with a reason; nothing
/// throws on bad input.
/// </summary>
public static class ProofVerifier
{
    /// <summary>Verifies that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree with <paramref name="root"/>.</summary>
    /// <param name="leafHash">The 32-byte leaf hash.</param>
    /// <param name="index">The leaf index.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="proof">The inclusion path.</param>
    /// <param name="root">The 32-byte root of the tree.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult VerifyInclusion(ReadOnlySpan<byte> leafHash, ulong index, ulong treeSize, IReadOnlyList<byte[]>? proof, ReadOnlySpan<byte> root)
    {
        proof ??= [];
        if (index >= treeSize)
        {
            return VerificationResult.Invalid("proof.inclusion.index-out-of-range", $"Leaf index {index} is not below tree size {treeSize}.");
        }

        if (HashLengthError(leafHash, root, proof) is { } lengthError)
        {
            return lengthError;
        }

        ulong fn = index, sn = treeSize - 1;
        Span<byte> r = stackalloc byte[MerkleHash.Size];
        leafHash.CopyTo(r);
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return VerificationResult.Invalid("proof.inclusion.too-long", "The inclusion proof has more hashes than the tree has levels.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(p, r, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                MerkleHash.HashChildren(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return VerificationResult.Invalid("proof.inclusion.too-short", "The inclusion proof has fewer hashes than the tree has levels.");
        }

        return r.SequenceEqual(root)
            ? VerificationResult.Valid
            : VerificationResult.Invalid("proof.inclusion.root-mismatch", "The inclusion proof does not lead to the expected root.");
    }

    /// <summary>Verifies that the tree of <paramref name="size1"/> leaves with <paramref name="root1"/> is a prefix of the tree of <paramref name="size2"/> with <paramref name="root2"/>.</summary>
    /// <param name="size1">The old tree size.</param>
    /// <param name="size2">The new tree size.</param>
    /// <param name="root1">The old root.</param>
    /// <param name="root2">The new root.</param>
    /// <param name="proof">The consistency path.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult VerifyConsistency(ulong size1, ulong size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]>? proof)
    {
        proof ??= [];
        if (size2 < size1)
        {
            return VerificationResult.Invalid("proof.consistency.size-order", $"Old size {size1} is larger than new size {size2}.");
        }

        if (size1 == size2)
        {
            if (proof.Count != 0)
            {
                return VerificationResult.Invalid("proof.consistency.not-empty", "Trees of equal size need an empty consistency proof.");
            }

            if (size1 == 0 && !root1.SequenceEqual(MerkleHash.EmptyRoot))
            {
                return VerificationResult.Invalid("proof.consistency.empty-root", "The root of the empty tree must be SHA-256 of the empty string.");
            }

            return root1.SequenceEqual(root2)
                ? VerificationResult.Valid
                : VerificationResult.Invalid("proof.consistency.root-mismatch", "Trees of equal size have different roots.");
        }

        if (size1 == 0)
        {
            if (proof.Count != 0)
            {
                return VerificationResult.Invalid("proof.consistency.not-empty", "Consistency with the empty tree needs an empty proof.");
            }

            if (!root1.SequenceEqual(MerkleHash.EmptyRoot))
            {
                return VerificationResult.Invalid("proof.consistency.empty-root", "The root of the empty tree must be SHA-256 of the empty string.");
            }

            return root2.Length == MerkleHash.Size
                ? VerificationResult.Valid
                : VerificationResult.Invalid("proof.consistency.hash-length", "The new root is not 32 bytes.");
        }

        // RFC 9162 §2.1.4.2, step 1.
        if (proof.Count == 0)
        {
            return VerificationResult.Invalid("proof.consistency.empty", "The consistency proof is empty.");
        }

        if (HashLengthError(root1, root2, proof) is { } lengthError)
        {
            return lengthError;
        }

        return VerifyConsistencyPath(size1, size2, root1, root2, proof);
    }

    /// <summary>
    /// Verifies that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the subtree [<paramref name="start"/>,
    /// <paramref name="end"/>) whose hash is <paramref name="subtreeHash"/> (Merkle Tree Certificates draft).
    /// </summary>
    /// <param name="leafHash">The 32-byte leaf hash.</param>
    /// <param name="index">The leaf index in the whole log.</param>
    /// <param name="start">Subtree start.</param>
    /// <param name="end">Subtree end (exclusive).</param>
    /// <param name="proof">The inclusion path within the subtree.</param>
    /// <param name="subtreeHash">The subtree hash.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult VerifySubtreeInclusion(ReadOnlySpan<byte> leafHash, ulong index, ulong start, ulong end, IReadOnlyList<byte[]>? proof, ReadOnlySpan<byte> subtreeHash)
    {
        if (start >= end || !TreeMath.IsValidSubtree(start, end))
        {
            return VerificationResult.Invalid("proof.subtree.invalid", $"[{start}, {end}) is not a valid non-empty subtree.");
        }

        if (index < start || index >= end)
        {
            return VerificationResult.Invalid("proof.inclusion.index-out-of-range", $"Leaf index {index} is outside the subtree [{start}, {end}).");
        }

        return VerifyInclusion(leafHash, index - start, end - start, proof, subtreeHash);
    }

    /// <summary>
    /// Verifies that the subtree [<paramref name="start"/>, <paramref name="end"/>) with <paramref name="subtreeHash"/> is
    /// part of the tree of <paramref name="treeSize"/> leaves with <paramref name="root"/> (Merkle Tree Certificates draft,
    /// subtree consistency). With start 0 this is the RFC 9162 consistency relation.
    /// </summary>
    /// <param name="start">Subtree start.</param>
    /// <param name="end">Subtree end (exclusive).</param>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="subtreeHash">The subtree hash.</param>
    /// <param name="root">The tree root.</param>
    /// <param name="proof">The subtree consistency proof.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult VerifySubtreeConsistency(ulong start, ulong end, ulong treeSize, ReadOnlySpan<byte> subtreeHash, ReadOnlySpan<byte> root, IReadOnlyList<byte[]>? proof)
    {
        proof ??= [];
        if (!TreeMath.IsValidSubtree(start, end))
        {
            return VerificationResult.Invalid("proof.subtree.invalid", $"[{start}, {end}) is not a valid subtree.");
        }

        if (end > treeSize)
        {
            return VerificationResult.Invalid("proof.consistency.size-order", $"Subtree end {end} is beyond tree size {treeSize}.");
        }

        if (start == end)
        {
            if (proof.Count != 0)
            {
                return VerificationResult.Invalid("proof.consistency.not-empty", "An empty subtree needs an empty proof.");
            }

            return subtreeHash.SequenceEqual(MerkleHash.EmptyRoot)
                ? VerificationResult.Valid
                : VerificationResult.Invalid("proof.consistency.empty-root", "The hash of an empty subtree must be SHA-256 of the empty string.");
        }

        if (start == 0 && end == treeSize)
        {
            if (proof.Count != 0)
            {
                return VerificationResult.Invalid("proof.consistency.not-empty", "A subtree that is the whole tree needs an empty proof.");
            }

            return subtreeHash.SequenceEqual(root)
                ? VerificationResult.Valid
                : VerificationResult.Invalid("proof.consistency.root-mismatch", "The subtree is the whole tree but the hashes differ.");
        }

        if (HashLengthError(subtreeHash, root, proof) is { } lengthError)
        {
            return lengthError;
        }

        return SubtreeConsistency.Verify(start, end, treeSize, subtreeHash, root, proof);
    }

    private static VerificationResult VerifyConsistencyPath(ulong size1, ulong size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]> proof)
    {
        // Step 2: when size1 is a power of two the old root is the first path element.
        var path = new List<byte[]>(proof.Count + 1);
        if ((size1 & (size1 - 1)) == 0)
        {
            path.Add(root1.ToArray());
        }

        path.AddRange(proof);

        // Steps 3 and 4.
        ulong fn = size1 - 1, sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        // Step 5.
        Span<byte> fr = stackalloc byte[MerkleHash.Size];
        Span<byte> sr = stackalloc byte[MerkleHash.Size];
        path[0].CopyTo(fr);
        path[0].CopyTo(sr);

        // Step 6.
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return VerificationResult.Invalid("proof.consistency.too-long", "The consistency proof has more hashes than needed.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                MerkleHash.HashChildren(c, fr, fr);
                MerkleHash.HashChildren(c, sr, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                MerkleHash.HashChildren(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        // Step 7.
        if (sn != 0)
        {
            return VerificationResult.Invalid("proof.consistency.too-short", "The consistency proof has fewer hashes than needed.");
        }

        if (!fr.SequenceEqual(root1))
        {
            return VerificationResult.Invalid("proof.consistency.old-root-mismatch", "The consistency proof does not lead to the old root.");
        }

        return sr.SequenceEqual(root2)
            ? VerificationResult.Valid
            : VerificationResult.Invalid("proof.consistency.new-root-mismatch", "The consistency proof does not lead to the new root.");
    }

    private static VerificationResult? HashLengthError(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, IReadOnlyList<byte[]> proof)
    {
        if (first.Length != MerkleHash.Size || second.Length != MerkleHash.Size)
        {
            return VerificationResult.Invalid("proof.hash-length", "A leaf or root hash is not 32 bytes.");
        }

        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i] is null || proof[i].Length != MerkleHash.Size)
            {
                return VerificationResult.Invalid("proof.hash-length", $"Proof hash {i} is not 32 bytes.");
            }
        }

        return null;
    }
}
