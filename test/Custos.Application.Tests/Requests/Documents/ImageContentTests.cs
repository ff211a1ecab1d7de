using static Custos.Application.Tests.Requests.Documents.DocumentAssert;
using static Custos.Application.Tests.Requests.Documents.SampleDocuments;

namespace Custos.Application.Tests.Requests.Documents;

public class ImageContentTests
{
    [Fact]
    public void CheckOne_MinimalImages_AreAccepted()
    {
        Accepted("scan.png", "image/png", Png());
        Accepted("scan.jpg", "image/jpeg", Jpeg());
        Accepted("scan.tif", "image/tiff", TiffLittleEndian());
        Accepted("scan.tif", "image/tiff", TiffBigEndian());
    }

    [Fact]
    public void CheckOne_HtmlDeclaredAsAnImage_IsRefusedSayingItLooksLikeAPage()
    {
        NotA("scan.png", "image/png", Html(), "a PNG image", "it does not start with the PNG signature (it looks like an HTML page)");
        NotA("scan.jpg", "image/jpeg", Html(), "a JPEG image", "it does not start with the JPEG start-of-image marker (FF D8 FF) (it looks like an HTML page)");
        NotA("scan.tif", "image/tiff", Html(), "a TIFF image", "it does not start with a TIFF header (II*\\0 or MM\\0*) (it looks like an HTML page)");
    }

    [Fact]
    public void CheckOne_OneImageTypeDeclaredAsAnother_IsRefusedNamingWhatItIs()
    {
        NotA("scan.png", "image/png", Jpeg(), "a PNG image", "it does not start with the PNG signature (it looks like a JPEG image)");
        NotA("scan.tif", "image/tiff", Png(), "a TIFF image", "it does not start with a TIFF header (II*\\0 or MM\\0*) (it looks like a PNG image)");
    }

    [Fact]
    public void CheckOne_PngWhoseFirstChunkIsNotIhdr_IsRefused()
    {
        var png = Png();
        "IDAT"u8.CopyTo(png.AsSpan(12));
        NotA("scan.png", "image/png", png, "a PNG image", "its first chunk is not an IHDR image header");
    }

    [Fact]
    public void CheckOne_PngWithImpossibleHeaderFields_IsRefused()
    {
        var zeroWidth = Png();
        zeroWidth.AsSpan(16, 4).Clear();
        NotA("scan.png", "image/png", zeroWidth, "a PNG image", "its IHDR image header gives an impossible width or height");
        var badDepth = Png();
        badDepth[24] = 3; // RGBA (colour type 6) is 8 or 16 bits deep
        NotA("scan.png", "image/png", badDepth, "a PNG image", "its IHDR image header has an invalid colour type");
    }

    [Fact]
    public void CheckOne_PngCutShort_IsRefused() =>
        NotA("scan.png", "image/png", Png()[..^12], "a PNG image", "it is cut short: it ends before its IEND end chunk");

    [Fact]
    public void CheckOne_PngWithSomethingAppended_IsRefused() =>
        NotA("scan.png", "image/png", [.. Png(), .. Html()], "a PNG image", $"it carries {Html().Length} bytes after its IEND end chunk");

    [Fact]
    public void CheckOne_PngWithoutImageData_IsRefused()
    {
        var png = Png();
        byte[] withoutData = [.. png[..33], .. png[^12..]]; // signature and IHDR (8 + 25 bytes), then IEND
        NotA("scan.png", "image/png", withoutData, "a PNG image", "it holds no image data (no IDAT chunk)");
    }

    [Fact]
    public void CheckOne_PageWrappedInJpegMarkers_IsRefusedByTheSegmentWalk()
    {
        byte[] fake = [0xFF, 0xD8, 0xFF, .. Html(), 0xFF, 0xD9];
        NotA("scan.jpg", "image/jpeg", fake, "a JPEG image", "it is damaged: its segment structure breaks at byte 2");
    }

    [Fact]
    public void CheckOne_JpegCutShort_IsRefused() =>
        NotA("scan.jpg", "image/jpeg", Jpeg()[..^2], "a JPEG image", "it is cut short: it ends before its end-of-image marker (FF D9)");

    [Fact]
    public void CheckOne_JpegWithSomethingAppended_IsRefused() =>
        NotA("scan.jpg", "image/jpeg", [.. Jpeg(), .. "PK\u0003\u0004"u8], "a JPEG image", "it carries 4 bytes after its end-of-image marker (FF D9)");

    [Fact]
    public void CheckOne_JpegWithoutScan_IsRefused()
    {
        var jpeg = Jpeg();
        var scan = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        byte[] withoutScan = [.. jpeg[..scan], 0xFF, 0xD9];
        NotA("scan.jpg", "image/jpeg", withoutScan, "a JPEG image", "it ends before any image data (no frame header or scan)");
    }

    [Fact]
    public void CheckOne_BigTiff_IsRefused() =>
        NotA("scan.tif", "image/tiff", [.. "II+\0"u8, .. TiffLittleEndian()[4..]], "a TIFF image", "it does not start with a TIFF header");

    [Fact]
    public void CheckOne_TiffWhoseDirectoryLiesOutsideTheFile_IsRefused()
    {
        var tiff = TiffLittleEndian();
        tiff.AsSpan(4, 4).Fill(0x7F);
        NotA("scan.tif", "image/tiff", tiff, "a TIFF image", "its first image directory lies outside the file");
        NotA("scan.tif", "image/tiff", TiffLittleEndian()[..40], "a TIFF image", "its first image directory runs past the end of the file");
    }
}
