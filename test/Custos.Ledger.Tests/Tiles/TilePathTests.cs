using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Tiles;

public sealed class TilePathTests
{
    [Theory]
    [InlineData(0, 0UL, 256, false, "tile/0/000")]
    [InlineData(1, 1234067UL, 256, false, "tile/1/x001/x234/067")]
    [InlineData(2, 5UL, 17, false, "tile/2/005.p/17")]
    [InlineData(0, 1000UL, 1, true, "tile/entries/x001/000.p/1")]
    [InlineData(0, 999UL, 256, true, "tile/entries/999")]
    [InlineData(63, 18446744073709551615UL, 255, false, "tile/63/x018/x446/x744/x073/x709/x551/615.p/255")]
    public void ToPathAndParse_SpecExamples_RoundTrip(int level, ulong index, int width, bool entries, string path)
    {
        var tile = entries ? TileCoordinate.Entries(index, width) : TileCoordinate.Hashes(level, index, width);
        Assert.Equal(path, tile.ToPath());
        var parsed = TileCoordinate.Parse(path);
        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(tile, parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tile")]
    [InlineData("tiles/0/000")]
    [InlineData("tile/00/000")]
    [InlineData("tile/64/000")]
    [InlineData("tile/-1/000")]
    [InlineData("tile/0/00")]
    [InlineData("tile/0/0000")]
    [InlineData("tile/0/x000/001")]
    [InlineData("tile/0/001/002")]
    [InlineData("tile/0/x001/x002")]
    [InlineData("tile/0/x01/002")]
    [InlineData("tile/0/000.p/0")]
    [InlineData("tile/0/000.p/256")]
    [InlineData("tile/0/000.p/07")]
    [InlineData("tile/0/000.p/")]
    [InlineData("tile/0/000.p")]
    [InlineData("tile/0/000/")]
    [InlineData("tile/entries/0a0")]
    [InlineData("tile/0/x018/x446/x744/x073/x709/x551/616")]
    [InlineData("tile/0/x001/x002/x003/x004/x005/x006/x007/008")]
    public void Parse_MalformedPath_ReturnsError(string path)
    {
        var parsed = TileCoordinate.Parse(path);
        Assert.False(parsed.IsSuccess);
        Assert.Equal("tile.path.malformed", parsed.Error.Code);
    }

    [Fact]
    public void HashTiles_Size70000_MatchesSpecExample()
    {
        var tiles = TileLayout.HashTiles(70_000).ToList();
        Assert.Equal(273, tiles.Count(t => t.Level == 0 && t.IsFull));
        Assert.Equal(112, tiles.Single(t => t.Level == 0 && !t.IsFull).Width);
        Assert.Single(tiles, t => t.Level == 1 && t.IsFull);
        Assert.Equal(17, tiles.Single(t => t.Level == 1 && !t.IsFull).Width);
        Assert.Equal(1, tiles.Single(t => t.Level == 2).Width);
        Assert.Equal(3, tiles.Select(t => t.Level).Distinct().Count());
    }

    [Fact]
    public void HashTiles_Size256_IsOneFullTileAndPartialLevel1()
    {
        var tiles = TileLayout.HashTiles(256).Select(t => t.ToPath()).ToArray();
        Assert.Equal(["tile/0/000", "tile/1/000.p/1"], tiles);
        Assert.Equal(["tile/entries/000"], TileLayout.EntryBundles(256).Select(t => t.ToPath()).ToArray());
    }
}
