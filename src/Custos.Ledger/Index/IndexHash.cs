using System.Buffers.Binary;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>
/// The hashes of the disclosure index (docs/proofs.md), SHA-256 throughout and domain-separated from the log's own
/// RFC 6962 hashing by a distinct prefix byte:
/// <list type="bullet">
/// <item>value hash = SHA-256(0x10 ‖ u64be(i₁) ‖ … ‖ u64be(iₙ)) over the value's leaf indexes in ascending order;</item>
/// <item>leaf hash = SHA-256(0x11 ‖ key (16 bytes) ‖ value hash);</item>
/// <item>node hash = SHA-256(0x12 ‖ left ‖ right);</item>
/// <item>the empty subtree = 32 zero bytes (at every depth).</item>
/// </list>
/// </summary>
public static class IndexHash
{
    /// <summary>The size of a key in bytes (128 bits: the opaque identifiers of the log).</summary>
    public const int KeySize = 16;

    /// <summary>The depth of the tree: one level per key bit.</summary>
    public const int Depth = KeySize * 8;

    /// <summary>The prefix byte of a value hash.</summary>
    public const byte ValuePrefix = 0x10;

    /// <summary>The prefix byte of a leaf hash.</summary>
    public const byte LeafPrefix = 0x11;

    /// <summary>The prefix byte of an interior node hash.</summary>
    public const byte NodePrefix = 0x12;

    /// <summary>The hash of an empty subtree: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> Empty => new byte[MerkleHash.Size];

    /// <summary>The hash of a value: its leaf indexes, which must be strictly ascending.</summary>
    /// <param name="leafIndexes">The log positions, strictly ascending.</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] HashValue(IReadOnlyList<ulong> leafIndexes)
    {
        ArgumentNullException.ThrowIfNull(leafIndexes);
        var buffer = new byte[1 + (8 * leafIndexes.Count)];
        buffer[0] = ValuePrefix;
        for (var i = 0; i < leafIndexes.Count; i++)
        {
            if (i > 0 && leafIndexes[i] <= leafIndexes[i - 1])
            {
                throw new ArgumentException("A value's leaf indexes are strictly ascending.", nameof(leafIndexes));
            }

            BinaryPrimitives.WriteUInt64BigEndian(buffer.AsSpan(1 + (8 * i)), leafIndexes[i]);
        }

        var hash = new byte[MerkleHash.Size];
        Sha256Hasher.Hash(buffer, hash);
        return hash;
    }

    /// <summary>The hash of the leaf holding <paramref name="key"/> with a value of hash <paramref name="valueHash"/>.</summary>
    /// <param name="key">The 16-byte key.</param>
    /// <param name="valueHash">The 32-byte value hash.</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] HashLeaf(ReadOnlySpan<byte> key, ReadOnlySpan<byte> valueHash)
    {
        if (key.Length != KeySize || valueHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException("A leaf is a 16-byte key and a 32-byte value hash.", nameof(key));
        }

        Span<byte> buffer = stackalloc byte[1 + KeySize + MerkleHash.Size];
        buffer[0] = LeafPrefix;
        key.CopyTo(buffer[1..]);
        valueHash.CopyTo(buffer[(1 + KeySize)..]);
        var hash = new byte[MerkleHash.Size];
        Sha256Hasher.Hash(buffer, hash);
        return hash;
    }

    /// <summary>The hash of an interior node.</summary>
    /// <param name="left">The left child's hash (bit 0).</param>
    /// <param name="right">The right child's hash (bit 1).</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] HashNode(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * MerkleHash.Size)];
        buffer[0] = NodePrefix;
        left[..MerkleHash.Size].CopyTo(buffer[1..]);
        right[..MerkleHash.Size].CopyTo(buffer[(1 + MerkleHash.Size)..]);
        var hash = new byte[MerkleHash.Size];
        Sha256Hasher.Hash(buffer, hash);
        return hash;
    }

    /// <summary>Writes the value hash of <paramref name="leafIndexes"/> (strictly ascending, not checked) into <paramref name="destination"/>.</summary>
    internal static void HashValue(ReadOnlySpan<ulong> leafIndexes, Span<byte> destination)
    {
        var length = 1 + (8 * leafIndexes.Length);
        var rented = length > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        buffer[0] = ValuePrefix;
        for (var i = 0; i < leafIndexes.Length; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(buffer[(1 + (8 * i))..], leafIndexes[i]);
        }

        Sha256Hasher.Hash(buffer, destination);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the leaf hash of <paramref name="key"/> (as a big-endian number) with a value of hash <paramref name="valueHash"/> into <paramref name="destination"/>.</summary>
    internal static void HashLeaf(UInt128 key, ReadOnlySpan<byte> valueHash, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + KeySize + MerkleHash.Size];
        buffer[0] = LeafPrefix;
        BinaryPrimitives.WriteUInt128BigEndian(buffer[1..], key);
        valueHash[..MerkleHash.Size].CopyTo(buffer[(1 + KeySize)..]);
        Sha256Hasher.Hash(buffer, destination);
    }

    /// <summary>Writes the node hash of <paramref name="left"/> and <paramref name="right"/> into <paramref name="destination"/> (which may overlap either).</summary>
    internal static void HashNode(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * MerkleHash.Size)];
        buffer[0] = NodePrefix;
        left[..MerkleHash.Size].CopyTo(buffer[1..]);
        right[..MerkleHash.Size].CopyTo(buffer[(1 + MerkleHash.Size)..]);
        Sha256Hasher.Hash(buffer, destination);
    }

    /// <summary>Bit <paramref name="depth"/> of <paramref name="key"/>, most significant bit of the first byte first.</summary>
    /// <param name="key">The 16-byte key.</param>
    /// <param name="depth">0 to 127.</param>
    /// <returns>0 (left) or 1 (right).</returns>
    public static int Bit(ReadOnlySpan<byte> key, int depth) => (key[depth >> 3] >> (7 - (depth & 7))) & 1;

    /// <summary>Whether two keys agree on their first <paramref name="bits"/> bits.</summary>
    /// <param name="a">A 16-byte key.</param>
    /// <param name="b">Another 16-byte key.</param>
    /// <param name="bits">How many leading bits to compare (0 to 128).</param>
    /// <returns>True when the prefixes are equal.</returns>
    public static bool SharePrefix(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            if (Bit(a, i) != Bit(b, i))
            {
                return false;
            }
        }

        return true;
    }
}
