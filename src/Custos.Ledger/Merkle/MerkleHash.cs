using System.Buffers;

namespace Custos.Ledger.Merkle;

/// <summary>
/// RFC 6962 / RFC 9162 tree hashing with SHA-256: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right),
/// and the root of the empty tree is SHA-256 of the empty string.
/// </summary>
public static class MerkleHash
{
    /// <summary>The size of every hash in bytes.</summary>
    public const int Size = 32;

    private const int StackLimit = 512;

    /// <summary>The root of the empty tree: SHA-256 of the empty string.</summary>
    public static ReadOnlySpan<byte> EmptyRoot =>
    [
        0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
        0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
    ];

    /// <summary>Writes the leaf hash of <paramref name="entry"/> into <paramref name="destination"/>.</summary>
    /// <param name="entry">The log entry.</param>
    /// <param name="destination">At least 32 bytes.</param>
    public static void HashLeaf(ReadOnlySpan<byte> entry, Span<byte> destination)
    {
        if (entry.Length < StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            buffer[0] = 0x00;
            entry.CopyTo(buffer[1..]);
            Sha256Hasher.Hash(buffer[..(entry.Length + 1)], destination);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(entry.Length + 1);
        try
        {
            rented[0] = 0x00;
            entry.CopyTo(rented.AsSpan(1));
            Sha256Hasher.Hash(rented.AsSpan(0, entry.Length + 1), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Returns the leaf hash of <paramref name="entry"/>.</summary>
    /// <param name="entry">The log entry.</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] HashLeaf(ReadOnlySpan<byte> entry)
    {
        var hash = new byte[Size];
        HashLeaf(entry, hash);
        return hash;
    }

    /// <summary>Writes the interior node hash of two children into <paramref name="destination"/> (which may alias either child).</summary>
    /// <param name="left">The left child hash (32 bytes).</param>
    /// <param name="right">The right child hash (32 bytes).</param>
    /// <param name="destination">At least 32 bytes.</param>
    public static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + Size + Size];
        buffer[0] = 0x01;
        left[..Size].CopyTo(buffer[1..]);
        right[..Size].CopyTo(buffer[(1 + Size)..]);
        Sha256Hasher.Hash(buffer, destination);
    }

    /// <summary>Returns the interior node hash of two children.</summary>
    /// <param name="left">The left child hash (32 bytes).</param>
    /// <param name="right">The right child hash (32 bytes).</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[Size];
        HashChildren(left, right, hash);
        return hash;
    }

    /// <summary>
    /// Hashes many entries into consecutive 32-byte leaf hashes in <paramref name="destination"/>, without allocating per
    /// leaf.
    /// </summary>
    /// <param name="entries">The entries.</param>
    /// <param name="destination">At least 32 × <c>entries.Count</c> bytes.</param>
    public static void HashLeaves(IReadOnlyList<ReadOnlyMemory<byte>> entries, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (destination.Length < entries.Count * Size)
        {
            throw new ArgumentException("The destination is too small for all leaf hashes.", nameof(destination));
        }

        Span<byte> buffer = stackalloc byte[StackLimit];
        buffer[0] = 0x00;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i].Span;
            var target = destination.Slice(i * Size, Size);
            if (entry.Length < StackLimit)
            {
                entry.CopyTo(buffer[1..]);
                Sha256Hasher.Hash(buffer[..(entry.Length + 1)], target);
            }
            else
            {
                HashLeaf(entry, target);
            }
        }
    }

    /// <summary>Computes the RFC 6962 Merkle tree hash of the given consecutive 32-byte leaf hashes.</summary>
    /// <param name="leafHashes">Leaf hashes, concatenated; the length must be a multiple of 32.</param>
    /// <returns>The root hash (the empty-tree root for no leaves).</returns>
    public static byte[] ComputeRoot(ReadOnlySpan<byte> leafHashes)
    {
        if (leafHashes.Length % Size != 0)
        {
            throw new ArgumentException("Leaf hashes must be a whole number of 32-byte hashes.", nameof(leafHashes));
        }

        var range = new CompactRange();
        range.AppendLeafHashes(leafHashes);
        return range.ComputeRoot();
    }

    /// <summary>Computes the RFC 6962 Merkle tree hash of a list of leaf hashes.</summary>
    /// <param name="leafHashes">Leaf hashes, each 32 bytes.</param>
    /// <returns>The root hash (the empty-tree root for no leaves).</returns>
    public static byte[] ComputeRoot(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        var range = new CompactRange();
        foreach (var leaf in leafHashes)
        {
            range.AppendLeafHash(leaf);
        }

        return range.ComputeRoot();
    }
}
