namespace Custos.Ledger.Tiles;

/// <summary>Path rules shared by the tile stores.</summary>
internal static class TileStorePaths
{
    /// <summary>Full tiles and full entry bundles never change; partial ones and the checkpoint do.</summary>
    public static bool IsImmutable(string path) =>
        path.StartsWith("tile/", StringComparison.Ordinal) && !path.Contains(".p/", StringComparison.Ordinal);

    /// <summary>Whether a path is safe to map onto a directory: relative, no '..', no backslashes, no empty segments.</summary>
    public static bool IsSafeRelative(string path)
    {
        if (path.Length == 0 || path[0] == '/' || path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }

        return true;
    }
}
