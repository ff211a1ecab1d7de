namespace Custos.Ledger.Merkle;

/// <summary>Verification of subtree consistency proofs (Merkle Tree Certificates draft), by replaying the proof's shape.</summary>
internal static class SubtreeConsistency
{
    private enum Step : byte
    {
        /// <summary>The subtree lies in the left child; the proof holds the right sibling.</summary>
        Left,

        /// <summary>The subtree lies in the right child; the proof holds the left sibling.</summary>
        Right,

        /// <summary>The subtree (starting at 0) spans both children; the left child belongs to both trees.</summary>
        Straddle,
    }

    /// <summary>Verifies a proof for a valid, non-empty subtree that is not the whole tree; hash lengths already checked.</summary>
    public static VerificationResult Verify(ulong start, ulong end, ulong treeSize, ReadOnlySpan<byte> subtreeHash, ReadOnlySpan<byte> root, IReadOnlyList<byte[]> proof)
    {
        Span<Step> steps = stackalloc Step[64];
        var depth = 0;
        ulong s = start, e = end, n = treeSize;
        var known = true;
        while (!(s == 0 && e == n))
        {
            var k = TreeMath.LargestPowerOfTwoBelow(n);
            if (e <= k)
            {
                steps[depth++] = Step.Left;
                n = k;
            }
            else if (s >= k)
            {
                steps[depth++] = Step.Right;
                s -= k;
                e -= k;
                n -= k;
            }
            else
            {
                steps[depth++] = Step.Straddle;
                e -= k;
                n -= k;
                known = false;
            }
        }

        var needed = depth + (known ? 0 : 1);
        if (proof.Count != needed)
        {
            return VerificationResult.Invalid("proof.consistency.length", $"The proof has {proof.Count} hashes; this subtree and tree size need {needed}.");
        }

        Span<byte> oldHash = stackalloc byte[MerkleHash.Size];
        Span<byte> newHash = stackalloc byte[MerkleHash.Size];
        var next = 0;
        if (known)
        {
            subtreeHash.CopyTo(oldHash);
        }
        else
        {
            proof[next++].CopyTo(oldHash);
        }

        oldHash.CopyTo(newHash);
        for (var d = depth - 1; d >= 0; d--)
        {
            var p = proof[next++];
            switch (steps[d])
            {
                case Step.Left:
                    MerkleHash.HashChildren(newHash, p, newHash);
                    break;
                case Step.Right:
                    MerkleHash.HashChildren(p, newHash, newHash);
                    break;
                default:
                    MerkleHash.HashChildren(p, oldHash, oldHash);
                    MerkleHash.HashChildren(p, newHash, newHash);
                    break;
            }
        }

        if (!oldHash.SequenceEqual(subtreeHash))
        {
            return VerificationResult.Invalid("proof.consistency.old-root-mismatch", "The proof does not lead to the subtree hash.");
        }

        return newHash.SequenceEqual(root)
            ? VerificationResult.Valid
            : VerificationResult.Invalid("proof.consistency.new-root-mismatch", "The proof does not lead to the tree root.");
    }
}
