using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tiles;

/// <summary>Hashing inside a tile.</summary>
internal static class TileMath
{
    /// <summary>Computes the root of a perfect subtree whose leaves are the given 2^k consecutive hashes.</summary>
    public static void PerfectRoot(ReadOnlySpan<byte> hashes, Span<byte> destination)
    {
        var count = hashes.Length / MerkleHash.Size;
        if (count == 1)
        {
            hashes[..MerkleHash.Size].CopyTo(destination);
            return;
        }

        Span<byte> scratch = stackalloc byte[TileCoordinate.FullWidth / 2 * MerkleHash.Size];
        for (var i = 0; i < count / 2; i++)
        {
            MerkleHash.HashChildren(
                hashes.Slice(2 * i * MerkleHash.Size, MerkleHash.Size),
                hashes.Slice((2 * i + 1) * MerkleHash.Size, MerkleHash.Size),
                scratch.Slice(i * MerkleHash.Size, MerkleHash.Size));
        }

        for (var width = count / 2; width > 1; width /= 2)
        {
            for (var i = 0; i < width / 2; i++)
            {
                MerkleHash.HashChildren(
                    scratch.Slice(2 * i * MerkleHash.Size, MerkleHash.Size),
                    scratch.Slice((2 * i + 1) * MerkleHash.Size, MerkleHash.Size),
                    scratch.Slice(i * MerkleHash.Size, MerkleHash.Size));
            }
        }

        scratch[..MerkleHash.Size].CopyTo(destination);
    }

    /// <summary>
    /// Adds to <paramref name="frontier"/> the frontier nodes found in a partial tile
    /// holding <paramref name="count"/> hashes, largest first.
    /// </summary>
    public static void AppendFrontier(ReadOnlySpan<byte> tileHashes, int count, List<byte[]> frontier)
    {
        var offset = 0;
        for (var bit = TileCoordinate.Height - 1; bit >= 0; bit--)
        {
            var width = 1 << bit;
            if ((count & width) == 0)
            {
                continue;
            }

            var node = new byte[MerkleHash.Size];
            PerfectRoot(tileHashes.Slice(offset * MerkleHash.Size, width * MerkleHash.Size), node);
            frontier.Add(node);
            offset += width;
        }
    }
}
