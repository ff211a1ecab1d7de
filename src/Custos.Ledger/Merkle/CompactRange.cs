using System.Numerics;

namespace Custos.Ledger.Merkle;

/// <summary>
/// The right edge ("frontier") of a Merkle tree: the hashes of the perfect subtrees whose sizes are the set bits of the
/// tree size. Appending N leaves and computing the new root costs O(N + log n) hashes, with no allocation per leaf.
/// </summary>
public sealed class CompactRange
{
    private const int MaxLevels = 64;
    private readonly byte[] _nodes = new byte[MaxLevels * MerkleHash.Size];

    /// <summary>The number of leaves covered.</summary>
    public ulong Size { get; private set; }

    /// <summary>
    /// Creates a range from the frontier hashes of a tree of <paramref name="size"/> leaves, ordered from the largest
    /// subtree (leftmost) to the smallest, one per set bit of the size.
    /// </summary>
    /// <param name="size">The tree size.</param>
    /// <param name="frontier">The subtree hashes, largest first.</param>
    /// <returns>The range.</returns>
    public static CompactRange FromFrontier(ulong size, IReadOnlyList<byte[]> frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        if (frontier.Count != BitOperations.PopCount(size))
        {
            throw new ArgumentException($"A tree of size {size} has {BitOperations.PopCount(size)} frontier hashes, not {frontier.Count}.", nameof(frontier));
        }

        var range = new CompactRange { Size = size };
        var i = 0;
        for (var level = MaxLevels - 1; level >= 0; level--)
        {
            if ((size >> level & 1) != 0)
            {
                CheckHash(frontier[i]);
                frontier[i].CopyTo(range.Slot(level));
                i++;
            }
        }

        return range;
    }

    /// <summary>The frontier hashes, largest subtree first (one per set bit of <see cref="Size"/>).</summary>
    /// <returns>New arrays holding the hashes.</returns>
    public IReadOnlyList<byte[]> GetFrontier()
    {
        var result = new List<byte[]>(BitOperations.PopCount(Size));
        for (var level = MaxLevels - 1; level >= 0; level--)
        {
            if ((Size >> level & 1) != 0)
            {
                result.Add(Slot(level).ToArray());
            }
        }

        return result;
    }

    /// <summary>Appends one leaf by its 32-byte leaf hash.</summary>
    /// <param name="leafHash">The leaf hash.</param>
    public void AppendLeafHash(ReadOnlySpan<byte> leafHash) => AppendNode(0, leafHash);

    /// <summary>Appends consecutive 32-byte leaf hashes.</summary>
    /// <param name="leafHashes">The concatenated leaf hashes.</param>
    public void AppendLeafHashes(ReadOnlySpan<byte> leafHashes)
    {
        if (leafHashes.Length % MerkleHash.Size != 0)
        {
            throw new ArgumentException("Leaf hashes must be a whole number of 32-byte hashes.", nameof(leafHashes));
        }

        for (var offset = 0; offset < leafHashes.Length; offset += MerkleHash.Size)
        {
            AppendNode(0, leafHashes.Slice(offset, MerkleHash.Size));
        }
    }

    /// <summary>
    /// Appends a perfect subtree of 2^<paramref name="level"/> leaves by its hash. The current size must be a multiple of
    /// the subtree size (the subtree must sit at an aligned position).
    /// </summary>
    /// <param name="level">The subtree height (0 for a leaf).</param>
    /// <param name="hash">The subtree hash.</param>
    public void AppendNode(int level, ReadOnlySpan<byte> hash)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevels - 1);
        CheckHash(hash);
        var width = 1UL << level;
        if (Size % width != 0)
        {
            throw new InvalidOperationException($"A subtree of height {level} cannot be appended at size {Size}.");
        }

        var newSize = checked(Size + width);
        Span<byte> current = stackalloc byte[MerkleHash.Size];
        hash[..MerkleHash.Size].CopyTo(current);
        var l = level;
        while (l < MaxLevels && (Size >> l & 1) != 0)
        {
            MerkleHash.HashChildren(Slot(l), current, current);
            l++;
        }

        current.CopyTo(Slot(l));
        Size = newSize;
    }

    /// <summary>Writes the root hash of the covered tree into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    public void ComputeRoot(Span<byte> destination)
    {
        if (Size == 0)
        {
            MerkleHash.EmptyRoot.CopyTo(destination);
            return;
        }

        var lowest = BitOperations.TrailingZeroCount(Size);
        Span<byte> root = stackalloc byte[MerkleHash.Size];
        Slot(lowest).CopyTo(root);
        for (var level = lowest + 1; level < MaxLevels; level++)
        {
            if ((Size >> level & 1) != 0)
            {
                MerkleHash.HashChildren(Slot(level), root, root);
            }
        }

        root.CopyTo(destination);
    }

    /// <summary>Returns the root hash of the covered tree.</summary>
    /// <returns>A new 32-byte array.</returns>
    public byte[] ComputeRoot()
    {
        var root = new byte[MerkleHash.Size];
        ComputeRoot(root);
        return root;
    }

    /// <summary>Returns an independent copy of this range.</summary>
    /// <returns>The copy.</returns>
    public CompactRange Clone()
    {
        var copy = new CompactRange { Size = Size };
        _nodes.CopyTo(copy._nodes, 0);
        return copy;
    }

    private Span<byte> Slot(int level) => _nodes.AsSpan(level * MerkleHash.Size, MerkleHash.Size);

    private static void CheckHash(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != MerkleHash.Size)
        {
            throw new ArgumentException($"A hash is {MerkleHash.Size} bytes, not {hash.Length}.", nameof(hash));
        }
    }
}
