using System.Buffers.Binary;
using System.Security.Cryptography;
using Custos.Ledger.Merkle;

namespace Custos.Proofs.Bench;

/// <summary>
/// An RFC 6962 tree of <c>size</c> leaves of which only a few entries are known (the revision and the probe key's
/// events); every subtree holding none of them stands for other entries and takes a fixed pseudo-random hash. Roots and
/// inclusion paths are computed exactly as for a full log of that size, so a proof file built on them is as long as
/// a real one and verifies against the checkpoint signed over <see cref="Root"/>.
/// </summary>
internal sealed class SparseLogTree(ulong size, IReadOnlyDictionary<ulong, byte[]> entries)
{
    private readonly ulong[] _known = [.. entries.Keys.Order()];

    public byte[] Root() => Hash(0, size);

    /// <summary>The inclusion path of leaf <paramref name="leaf"/>, leaf side first (RFC 6962 section 2.1.1).</summary>
    public List<byte[]> Path(ulong leaf)
    {
        var path = new List<byte[]>();
        Path(leaf, 0, size, path);
        return path;
    }

    private void Path(ulong leaf, ulong start, ulong end, List<byte[]> path)
    {
        if (end - start <= 1)
        {
            return;
        }

        var split = start + LargestPowerOfTwoBelow(end - start);
        if (leaf < split)
        {
            Path(leaf, start, split, path);
            path.Add(Hash(split, end));
        }
        else
        {
            Path(leaf, split, end, path);
            path.Add(Hash(start, split));
        }
    }

    private static ulong LargestPowerOfTwoBelow(ulong n) => 1UL << (63 - System.Numerics.BitOperations.LeadingZeroCount(n - 1));

    private byte[] Hash(ulong start, ulong end)
    {
        var at = Array.BinarySearch(_known, start);
        var first = at >= 0 ? at : ~at;
        if (first == _known.Length || _known[first] >= end)
        {
            Span<byte> seed = stackalloc byte[16];
            BinaryPrimitives.WriteUInt64BigEndian(seed, start);
            BinaryPrimitives.WriteUInt64BigEndian(seed[8..], end);
            return SHA256.HashData(seed);
        }

        if (end - start == 1)
        {
            return MerkleHash.HashLeaf(entries[start]);
        }

        var split = start + LargestPowerOfTwoBelow(end - start);
        return MerkleHash.HashChildren(Hash(start, split), Hash(split, end));
    }
}
