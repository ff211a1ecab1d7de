using System.Globalization;
using System.Text;

namespace Custos.Ledger.Tiles;

/// <summary>
/// The address of a C2SP tlog-tiles resource: a hash tile <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> or an entry bundle
/// <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>.
/// </summary>
/// <param name="Level">The tile level (0–63); ignored for entry bundles, where it is 0.</param>
/// <param name="Index">The tile index within its level.</param>
/// <param name="Width">The number of hashes or entries: 256 for a full tile, 1–255 for a partial one.</param>
/// <param name="IsEntryBundle">Whether this addresses an entry bundle rather than a hash tile.</param>
public readonly record struct TileCoordinate(int Level, ulong Index, int Width, bool IsEntryBundle)
{
    /// <summary>Tile height: each tile spans 8 tree levels.</summary>
    public const int Height = 8;

    /// <summary>Hashes or entries in a full tile.</summary>
    public const int FullWidth = 256;

    /// <summary>The highest tile level a path may name.</summary>
    public const int MaxLevel = 63;

    /// <summary>Whether the tile is full (and therefore immutable).</summary>
    public bool IsFull => Width == FullWidth;

    /// <summary>A hash tile coordinate.</summary>
    /// <param name="level">The tile level.</param>
    /// <param name="index">The tile index.</param>
    /// <param name="width">The width, 1–256.</param>
    /// <returns>The coordinate.</returns>
    public static TileCoordinate Hashes(int level, ulong index, int width = FullWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevel);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, FullWidth);
        return new(level, index, width, false);
    }

    /// <summary>An entry bundle coordinate.</summary>
    /// <param name="index">The bundle index.</param>
    /// <param name="width">The width, 1–256.</param>
    /// <returns>The coordinate.</returns>
    public static TileCoordinate Entries(ulong index, int width = FullWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, FullWidth);
        return new(0, index, width, true);
    }

    /// <summary>The same tile at full width.</summary>
    /// <returns>The full-width coordinate.</returns>
    public TileCoordinate AsFull() => this with { Width = FullWidth };

    /// <summary>The resource path, for example <c>tile/1/x001/x234/067.p/8</c>.</summary>
    /// <returns>The path relative to the log prefix.</returns>
    public string ToPath()
    {
        var builder = new StringBuilder("tile/");
        builder.Append(IsEntryBundle ? "entries" : Level.ToString(CultureInfo.InvariantCulture)).Append('/');
        AppendIndex(builder, Index);
        if (!IsFull)
        {
            builder.Append(".p/").Append(Width.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToPath();

    /// <summary>Parses a tile or entry bundle path strictly, rejecting every non-canonical form.</summary>
    /// <param name="path">A path such as <c>tile/0/x001/234</c> or <c>tile/entries/005.p/17</c>.</param>
    /// <returns>The coordinate, or an error naming what was wrong.</returns>
    public static LedgerResult<TileCoordinate> Parse(string path) => TilePathParser.Parse(path);

    private static void AppendIndex(StringBuilder builder, ulong index)
    {
        var groups = new Stack<ulong>();
        do
        {
            groups.Push(index % 1000);
            index /= 1000;
        }
        while (index > 0);

        while (groups.Count > 0)
        {
            var group = groups.Pop();
            if (groups.Count > 0)
            {
                builder.Append('x').Append(group.ToString("D3", CultureInfo.InvariantCulture)).Append('/');
            }
            else
            {
                builder.Append(group.ToString("D3", CultureInfo.InvariantCulture));
            }
        }
    }
}
