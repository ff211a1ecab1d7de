namespace Custos.Ledger.Tiles;

/// <summary>Strict parser for tlog-tiles paths.</summary>
internal static class TilePathParser
{
    private const string Code = "tile.path.malformed";

    public static LedgerResult<TileCoordinate> Parse(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return Fail(path ?? string.Empty, "the path is empty");
        }

        var parts = path.Split('/');
        if (parts.Length < 3 || parts[0] != "tile")
        {
            return Fail(path, "a tile path starts with 'tile/<L>/' or 'tile/entries/'");
        }

        var isEntries = parts[1] == "entries";
        var level = 0;
        if (!isEntries)
        {
            if (!TryParseSmall(parts[1], out level) || level > TileCoordinate.MaxLevel)
            {
                return Fail(path, $"level '{parts[1]}' must be a decimal integer 0–{TileCoordinate.MaxLevel} without leading zeros");
            }
        }

        var width = TileCoordinate.FullWidth;
        var indexEnd = parts.Length;
        if (parts.Length >= 4 && parts[^2].EndsWith(".p", StringComparison.Ordinal))
        {
            if (!TryParseSmall(parts[^1], out width) || width < 1 || width >= TileCoordinate.FullWidth)
            {
                return Fail(path, $"partial width '{parts[^1]}' must be a decimal integer 1–255 without leading zeros");
            }

            indexEnd = parts.Length - 1;
            parts[^2] = parts[^2][..^2];
        }

        var groupCount = indexEnd - 2;
        if (groupCount < 1 || groupCount > 7)
        {
            return Fail(path, "the index must have between 1 and 7 three-digit groups");
        }

        ulong index = 0;
        for (var g = 0; g < groupCount; g++)
        {
            var part = parts[2 + g];
            var last = g == groupCount - 1;
            if (!last)
            {
                if (part.Length != 4 || part[0] != 'x')
                {
                    return Fail(path, $"index group '{part}' must be 'x' followed by three digits");
                }

                part = part[1..];
            }

            if (part.Length != 3 || !IsDigits(part))
            {
                return Fail(path, $"index group '{part}' must be exactly three digits");
            }

            if (g == 0 && groupCount > 1 && part == "000")
            {
                return Fail(path, "the index has a leading zero group");
            }

            var value = (ulong)((part[0] - '0') * 100 + (part[1] - '0') * 10 + (part[2] - '0'));
            if (index > (ulong.MaxValue - value) / 1000)
            {
                return Fail(path, "the index does not fit in 64 bits");
            }

            index = index * 1000 + value;
        }

        return new TileCoordinate(level, index, width, isEntries);
    }

    private static bool TryParseSmall(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 3 || !IsDigits(text) || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            value = value * 10 + (c - '0');
        }

        return true;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static LedgerError Fail(string path, string reason) => new(Code, $"Malformed tile path '{path}': {reason}.", path);
}
