using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Tiles;

public sealed class EntryBundleTests
{
    [Fact]
    public void EncodeDecode_MixedEntries_RoundTrip()
    {
        ReadOnlyMemory<byte>[] entries = [Array.Empty<byte>(), new byte[] { 1, 2, 3 }, new byte[65535]];
        var bundle = EntryBundle.Encode(entries);
        Assert.Equal(new byte[] { 0, 0, 0, 3, 1, 2, 3, 0xff, 0xff }, bundle[..9]);
        var decoded = EntryBundle.Decode(bundle, 3);
        Assert.True(decoded.IsSuccess);
        Assert.Equal(entries.Select(e => e.ToArray()), decoded.Value.Select(e => e.ToArray()));
    }

    [Theory]
    [InlineData(new byte[] { 0 }, "tile.bundle.truncated")]
    [InlineData(new byte[] { 0, 3, 1, 2 }, "tile.bundle.truncated")]
    [InlineData(new byte[] { 0, 1, 9, 0 }, "tile.bundle.truncated")]
    public void Decode_Truncated_ReturnsError(byte[] bundle, string code)
    {
        Assert.Equal(code, EntryBundle.Decode(bundle).Error.Code);
    }

    [Fact]
    public void Decode_MoreThan256Entries_ReturnsOversized()
    {
        var bundle = new byte[257 * 2];
        Assert.Equal("tile.bundle.oversized", EntryBundle.Decode(bundle).Error.Code);
        Assert.True(EntryBundle.Decode(new byte[256 * 2], 256).IsSuccess);
    }

    [Fact]
    public void Decode_WrongCount_ReturnsCountError()
    {
        Assert.Equal("tile.bundle.count", EntryBundle.Decode(new byte[] { 0, 0 }, 2, "tile/entries/000.p/2").Error.Code);
    }

    [Fact]
    public void Encode_EntryOver65535Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => EntryBundle.Encode([new byte[65536]]));
    }
}
