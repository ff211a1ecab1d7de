namespace Custos.Ledger.Tiles;

/// <summary>Which tiles and entry bundles make up a tree of a given size (C2SP tlog-tiles).</summary>
public static class TileLayout
{
    /// <summary>The number of tree hashes at tile level <paramref name="level"/> (tree height 8·level) in a tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="treeSize">The tree size.</param>
    /// <param name="level">The tile level.</param>
    /// <returns>treeSize / 256^level.</returns>
    public static ulong HashesAtLevel(ulong treeSize, int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        var shift = checked(level * TileCoordinate.Height);
        return shift >= 64 ? 0 : treeSize >> shift;
    }

    /// <summary>The number of tile levels that hold at least one hash.</summary>
    /// <param name="treeSize">The tree size.</param>
    /// <returns>The level count (0 for the empty tree).</returns>
    public static int LevelCount(ulong treeSize)
    {
        var levels = 0;
        while (HashesAtLevel(treeSize, levels) > 0)
        {
            levels++;
        }

        return levels;
    }

    /// <summary>The coordinate of tile <paramref name="index"/> at <paramref name="level"/> as it exists in a tree of <paramref name="treeSize"/> leaves (full or partial).</summary>
    /// <param name="level">The tile level.</param>
    /// <param name="index">The tile index.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <returns>The coordinate; throws if the tree has no such tile.</returns>
    public static TileCoordinate HashTile(int level, ulong index, ulong treeSize)
    {
        var width = WidthAt(HashesAtLevel(treeSize, level), index);
        return TileCoordinate.Hashes(level, index, width);
    }

    /// <summary>The coordinate of entry bundle <paramref name="index"/> as it exists in a tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="index">The bundle index.</param>
    /// <param name="treeSize">The tree size.</param>
    /// <returns>The coordinate; throws if the tree has no such bundle.</returns>
    public static TileCoordinate EntryBundle(ulong index, ulong treeSize) => TileCoordinate.Entries(index, WidthAt(treeSize, index));

    /// <summary>Every hash tile of a tree of <paramref name="treeSize"/> leaves: the full tiles and the one partial tile per level.</summary>
    /// <param name="treeSize">The tree size.</param>
    /// <returns>Coordinates, level by level, in index order.</returns>
    public static IEnumerable<TileCoordinate> HashTiles(ulong treeSize)
    {
        for (var level = 0; HashesAtLevel(treeSize, level) > 0; level++)
        {
            var count = HashesAtLevel(treeSize, level);
            for (ulong index = 0; index * TileCoordinate.FullWidth < count; index++)
            {
                yield return TileCoordinate.Hashes(level, index, WidthAt(count, index));
            }
        }
    }

    /// <summary>Every entry bundle of a tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="treeSize">The tree size.</param>
    /// <returns>Coordinates in index order.</returns>
    public static IEnumerable<TileCoordinate> EntryBundles(ulong treeSize)
    {
        for (ulong index = 0; index * TileCoordinate.FullWidth < treeSize; index++)
        {
            yield return TileCoordinate.Entries(index, WidthAt(treeSize, index));
        }
    }

    private static int WidthAt(ulong count, ulong index)
    {
        var start = checked(index * TileCoordinate.FullWidth);
        if (start >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Tile {index} does not exist at a level holding {count} hashes.");
        }

        var remaining = count - start;
        return remaining >= TileCoordinate.FullWidth ? TileCoordinate.FullWidth : (int)remaining;
    }
}
