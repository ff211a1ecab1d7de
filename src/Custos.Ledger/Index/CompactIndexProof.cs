using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>
/// The compact binary encoding of an <see cref="IndexProof"/> (docs/proofs.md, "Format v3"), without the key and the
/// value, which the proof file carries elsewhere:
/// <code>
/// kind          1 byte: 0 membership, 1 path ends in an empty subtree, 2 path ends at another key's leaf
/// length        1 byte: n, the number of siblings (0 to 128)
/// bitmap        ⌈n/8⌉ bytes: bit d (most significant bit of byte d/8 first) is 1 when the sibling at depth d is not the
///               empty subtree; the bits after the n-th are 0
/// siblings      32 bytes for each 1 bit, from the root's children downwards
/// other leaf    kind 2 only: that leaf's key (16 bytes) and value hash (32 bytes)
/// </code>
/// Empty siblings (32 zero bytes) are left out: they are all alike, and in a sparse tree most of the deep ones are empty.
/// The encoding is canonical: a sibling written out is never all zero, and nothing follows the last field.
/// </summary>
public static class CompactIndexProof
{
    /// <summary>The kind byte of a membership proof.</summary>
    public const byte Membership = 0;

    /// <summary>The kind byte of a non-membership proof whose path ends in an empty subtree.</summary>
    public const byte EmptyEnd = 1;

    /// <summary>The kind byte of a non-membership proof whose path ends at another key's leaf.</summary>
    public const byte OtherLeaf = 2;

    /// <summary>The longest encoding: every sibling written out, and another leaf.</summary>
    public const int MaxLength = 2 + (IndexHash.Depth / 8) + (IndexHash.Depth * MerkleHash.Size) + IndexHash.KeySize + MerkleHash.Size;

    /// <summary>Encodes <paramref name="proof"/>, leaving out its key and its value.</summary>
    /// <param name="proof">A proof as <see cref="DisclosureIndex.Prove"/> or <see cref="IncrementalDisclosureIndex"/> gives it.</param>
    /// <returns>The encoding.</returns>
    public static byte[] Encode(IndexProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var n = proof.Siblings.Count;
        if (n > IndexHash.Depth || proof.Siblings.Any(s => s is not { Length: MerkleHash.Size }))
        {
            throw new ArgumentException($"A proof has at most {IndexHash.Depth} siblings of 32 bytes.", nameof(proof));
        }

        var kind = proof.IsMembership ? Membership : proof.OtherKey is null ? EmptyEnd : OtherLeaf;
        var present = proof.Siblings.Count(s => !IsEmpty(s));
        var bytes = new byte[2 + BitmapLength(n) + (present * MerkleHash.Size) + (kind == OtherLeaf ? IndexHash.KeySize + MerkleHash.Size : 0)];
        bytes[0] = kind;
        bytes[1] = (byte)n;
        var at = 2 + BitmapLength(n);
        for (var depth = 0; depth < n; depth++)
        {
            if (!IsEmpty(proof.Siblings[depth]))
            {
                bytes[2 + (depth >> 3)] |= (byte)(0x80 >> (depth & 7));
                proof.Siblings[depth].CopyTo(bytes, at);
                at += MerkleHash.Size;
            }
        }

        if (kind == OtherLeaf)
        {
            if (proof.OtherKey is not { Length: IndexHash.KeySize } || proof.OtherValueHash is not { Length: MerkleHash.Size })
            {
                throw new ArgumentException("The other leaf has a 16-byte key and a 32-byte value hash.", nameof(proof));
            }

            proof.OtherKey.CopyTo(bytes, at);
            proof.OtherValueHash.CopyTo(bytes, at + IndexHash.KeySize);
        }

        return bytes;
    }

    /// <summary>
    /// Decodes <paramref name="encoded"/> into the proof for <paramref name="key"/>; a membership proof takes
    /// <paramref name="value"/> as its value. Refuses anything but the canonical encoding.
    /// </summary>
    /// <param name="encoded">The encoding.</param>
    /// <param name="key">The 16-byte key the proof is for.</param>
    /// <param name="value">The key's leaf indexes, for a membership proof (the proof file's events).</param>
    /// <param name="error">What is wrong, when the result is null.</param>
    /// <returns>The proof (still to check with <see cref="IndexProofVerifier.Verify"/>), or null.</returns>
    public static IndexProof? Decode(ReadOnlySpan<byte> encoded, ReadOnlySpan<byte> key, IReadOnlyList<ulong> value, out string error)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (key.Length != IndexHash.KeySize)
        {
            error = "the key is not 16 bytes";
            return null;
        }

        if (encoded.Length < 2 || encoded.Length > MaxLength)
        {
            error = $"it is {encoded.Length} bytes long; an index proof is 2 to {MaxLength}";
            return null;
        }

        var kind = encoded[0];
        int n = encoded[1];
        if (kind > OtherLeaf)
        {
            error = $"its kind byte is {kind}, not 0, 1 or 2";
            return null;
        }

        if (n > IndexHash.Depth)
        {
            error = $"its path has {n} siblings; the tree is {IndexHash.Depth} deep";
            return null;
        }

        var bitmap = encoded.Slice(2, Math.Min(BitmapLength(n), encoded.Length - 2));
        if (bitmap.Length < BitmapLength(n))
        {
            error = "it ends inside the sibling bitmap";
            return null;
        }

        if ((n & 7) != 0 && (bitmap[^1] & (0xFF >> (n & 7))) != 0)
        {
            error = "the sibling bitmap has bits set past the path's end";
            return null;
        }

        var present = 0;
        foreach (var b in bitmap)
        {
            present += System.Numerics.BitOperations.PopCount(b);
        }

        var expected = 2 + bitmap.Length + (present * MerkleHash.Size) + (kind == OtherLeaf ? IndexHash.KeySize + MerkleHash.Size : 0);
        if (encoded.Length != expected)
        {
            error = $"it is {encoded.Length} bytes long; its kind and bitmap make it {expected}";
            return null;
        }

        var siblings = new List<byte[]>(n);
        var at = 2 + bitmap.Length;
        for (var depth = 0; depth < n; depth++)
        {
            if ((bitmap[depth >> 3] & (0x80 >> (depth & 7))) == 0)
            {
                siblings.Add(new byte[MerkleHash.Size]);
                continue;
            }

            var sibling = encoded.Slice(at, MerkleHash.Size).ToArray();
            if (IsEmpty(sibling))
            {
                error = $"the sibling at depth {depth} is written out but is the empty subtree";
                return null;
            }

            siblings.Add(sibling);
            at += MerkleHash.Size;
        }

        if (kind == Membership && value.Count == 0)
        {
            error = "it proves membership, but the file lists no event";
            return null;
        }

        if (kind != Membership && value.Count != 0)
        {
            error = "it proves non-membership, but the file lists events";
            return null;
        }

        error = "";
        return kind switch
        {
            Membership => new IndexProof(key.ToArray(), value, siblings, null, null),
            EmptyEnd => new IndexProof(key.ToArray(), null, siblings, null, null),
            _ => new IndexProof(
                key.ToArray(), null, siblings, encoded.Slice(at, IndexHash.KeySize).ToArray(), encoded.Slice(at + IndexHash.KeySize, MerkleHash.Size).ToArray()),
        };
    }

    private static int BitmapLength(int siblings) => (siblings + 7) / 8;

    private static bool IsEmpty(ReadOnlySpan<byte> hash) => !hash.ContainsAnyExcept((byte)0);
}
