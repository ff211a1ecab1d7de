using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>Checks a disclosure index proof against an index root, with nothing else to trust.</summary>
public static class IndexProofVerifier
{
    /// <summary>Verifies <paramref name="proof"/> against <paramref name="root"/>.</summary>
    /// <param name="proof">The proof.</param>
    /// <param name="root">The 32-byte index root.</param>
    /// <returns>Valid, or the first thing wrong.</returns>
    public static VerificationResult Verify(IndexProof proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (proof.Key is not { Length: IndexHash.KeySize })
        {
            return Invalid("index.key-invalid", "The key is not 16 bytes.");
        }

        if (proof.Siblings is null || proof.Siblings.Count > IndexHash.Depth || proof.Siblings.Any(s => s is not { Length: MerkleHash.Size }))
        {
            return Invalid("index.path-invalid", $"The path has more than {IndexHash.Depth} siblings or a sibling that is not 32 bytes.");
        }

        if (root.Length != MerkleHash.Size)
        {
            return Invalid("index.root-invalid", "The index root is not 32 bytes.");
        }

        byte[] hash;
        if (proof.Value is not null)
        {
            if (proof.OtherKey is not null || proof.OtherValueHash is not null)
            {
                return Invalid("index.proof-ambiguous", "A membership proof names no other leaf.");
            }

            if (proof.Value.Count == 0 || proof.Value.Zip(proof.Value.Skip(1)).Any(p => p.Second <= p.First))
            {
                return Invalid("index.value-invalid", "The value is not a non-empty, strictly ascending list of leaf indexes.");
            }

            hash = IndexHash.HashLeaf(proof.Key, IndexHash.HashValue(proof.Value));
        }
        else if (proof.OtherKey is not null || proof.OtherValueHash is not null)
        {
            if (proof.OtherKey is not { Length: IndexHash.KeySize } || proof.OtherValueHash is not { Length: MerkleHash.Size })
            {
                return Invalid("index.other-leaf-invalid", "The other leaf needs a 16-byte key and a 32-byte value hash.");
            }

            if (proof.OtherKey.AsSpan().SequenceEqual(proof.Key))
            {
                return Invalid("index.other-leaf-is-key", "The leaf shown as another key's is the key's own.");
            }

            if (!IndexHash.SharePrefix(proof.Key, proof.OtherKey, proof.Siblings.Count))
            {
                return Invalid("index.other-leaf-off-path", "The other leaf does not lie on the key's path.");
            }

            hash = IndexHash.HashLeaf(proof.OtherKey, proof.OtherValueHash);
        }
        else
        {
            hash = IndexHash.Empty.ToArray();
        }

        for (var depth = proof.Siblings.Count - 1; depth >= 0; depth--)
        {
            hash = IndexHash.Bit(proof.Key, depth) == 0
                ? IndexHash.HashNode(hash, proof.Siblings[depth])
                : IndexHash.HashNode(proof.Siblings[depth], hash);
        }

        return hash.AsSpan().SequenceEqual(root)
            ? VerificationResult.Valid
            : Invalid("index.root-mismatch", "The proof does not lead to the index root.");
    }

    private static VerificationResult Invalid(string code, string message) => VerificationResult.Invalid(code, message);
}
