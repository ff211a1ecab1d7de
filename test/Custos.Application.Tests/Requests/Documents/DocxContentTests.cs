using System.Buffers.Binary;
using System.IO.Compression;
using Custos.Application.Requests;
using static Custos.Application.Tests.Requests.Documents.DocumentAssert;
using static Custos.Application.Tests.Requests.Documents.SampleDocuments;

namespace Custos.Application.Tests.Requests.Documents;

public class DocxContentTests
{
    private const string Word = "a Word document (.docx)";
    private const long MiB = 1024 * 1024;

    /// <summary>A Word document whose body unpacks to 101 MiB of spaces, about 100 KiB packed; built once for the class.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => DocxWithPaddedBody(101 * MiB));

    [Fact]
    public void CheckOne_MinimalDocx_IsAccepted() => Accepted("order.docx", DocxType, Docx());

    [Fact]
    public void CheckOne_DocxWithSeveralMegabytesOfBody_IsAccepted() => Accepted("order.docx", DocxType, DocxWithPaddedBody(3 * MiB));

    [Fact]
    public void CheckOne_DocxWithContentTypesByExtensionOnly_IsAccepted()
    {
        var parts = DocxParts();
        parts["[Content_Types].xml"] = ContentTypesXml().Replace("application/xml", DocxMainType, StringComparison.Ordinal)
            .Replace($"<Override PartName=\"/word/document.xml\" ContentType=\"{DocxMainType}\"/>", string.Empty, StringComparison.Ordinal);
        Accepted("order.docx", DocxType, Zip(parts));
    }

    [Fact]
    public void CheckOne_NotAZipDeclaredAsDocx_IsRefusedNamingWhatItIs()
    {
        NotA("order.docx", DocxType, Png(), Word, "it is not a ZIP archive, which every Word document is (it looks like a PNG image)");
        NotA("order.docx", DocxType, Html(), Word, "it is not a ZIP archive, which every Word document is (it looks like an HTML page)");
    }

    [Fact]
    public void CheckOne_ZipWithoutWordParts_IsRefused()
    {
        var parts = DocxParts();
        parts.Remove("word/document.xml");
        NotA("order.docx", DocxType, Zip(parts), Word, "it has no word/document.xml, so it is no Word document");
        NotA("order.docx", DocxType, Zip(new Dictionary<string, string> { ["word/document.xml"] = DocumentXml() }), Word,
            "it has no [Content_Types].xml, so it is no Office document");
    }

    [Fact]
    public void CheckOne_MacroEnabledDocument_IsRefused()
    {
        var parts = DocxParts();
        parts["[Content_Types].xml"] = ContentTypesXml("application/vnd.ms-word.document.macroEnabled.main+xml");
        NotA("order.docx", DocxType, Zip(parts), Word, "it is a macro-enabled Word document (.docm), not a .docx");
    }

    [Fact]
    public void CheckOne_MainPartThatIsNoWordDocument_IsRefused()
    {
        var parts = DocxParts();
        parts["word/document.xml"] = "<html><body>order</body></html>";
        NotA("order.docx", DocxType, Zip(parts), Word, "its word/document.xml does not hold a Word document body");
    }

    [Fact]
    public void CheckOne_MainPartWithDtd_IsRefusedWithoutExpandingEntities()
    {
        var parts = DocxParts();
        parts["word/document.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&b;</w:document>";
        NotA("order.docx", DocxType, Zip(parts), Word, "its word/document.xml is not well-formed XML without a DTD");
    }

    [Fact]
    public void CheckOne_ZipBombWithHonestSizes_IsRefusedBeforeAnythingIsUnpacked()
    {
        var bomb = Bomb.Value;
        Assert.True(bomb.Length < MiB, $"the bomb is {bomb.Length} bytes packed");

        var before = GC.GetAllocatedBytesForCurrentThread();
        Refused("order.docx", DocxType, bomb, ArchiveTooLarge, "more than the limit of 100 MiB for a Word document's contents");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 4 * MiB, $"checking allocated {allocated:N0} bytes");
    }

    [Fact]
    public void CheckOne_ZipBombWithForgedSizes_StopsUnpackingAtTheDeclaredSize()
    {
        // The headers claim 4 KiB; the deflated data would unpack to 101 MiB.
        var forged = ZipPatch.DeclaredSize(Bomb.Value, "word/document.xml", 4096);

        var before = GC.GetAllocatedBytesForCurrentThread();
        NotA("order.docx", DocxType, forged, Word,
            "its entry word/document.xml unpacks to more than the 4,096 bytes the archive declares for it (a forged size, as in a ZIP bomb)");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 4 * MiB, $"checking allocated {allocated:N0} bytes");
    }

    [Fact]
    public void CheckOne_ForgedSizeInAnyEntry_IsRefused()
    {
        var parts = DocxParts();
        parts["word/media/image1.png"] = new string(' ', 2 * 1024 * 1024);
        var forged = ZipPatch.DeclaredSize(Zip(parts), "word/media/image1.png", 1000);
        NotA("order.docx", DocxType, forged, Word, "its entry word/media/image1.png unpacks to more than the 1,000 bytes the archive declares for it");
    }

    [Fact]
    public void CheckOne_DocxOverTheConfiguredExpandedSize_IsRefused()
    {
        var options = new IntakeOptions { MaxExpandedDocumentBytes = 512 };
        Refused("order.docx", DocxType, Docx(), ArchiveTooLarge, "more than the limit of 512 bytes for a Word document's contents", options);
    }

    [Fact]
    public void CheckOne_ArchiveWithTooManyEntries_IsRefusedBeforeOpeningIt()
    {
        var parts = DocxParts();
        for (var i = 0; i < 2000; i++)
        {
            parts[$"word/media/part{i}.xml"] = "<x/>";
        }

        Refused("order.docx", DocxType, Zip(parts), ArchiveTooLarge, "it holds 2,003 archive entries, more than the limit of 2,000");
    }

    [Theory]
    [InlineData("../../etc/cron.d/evil", "an entry's name climbs out of its folder")]
    [InlineData("word/./document2.xml", "an entry's name climbs out of its folder")]
    [InlineData("/etc/passwd", "an entry's name is an absolute path")]
    [InlineData("C:/Windows/evil.dll", "an entry's name is an absolute path")]
    [InlineData("word\\..\\evil.xml", "an entry's name contains a backslash")]
    [InlineData("word/evil\u202Elmx.exe", "an entry's name contains a control or bidirectional character")]
    [InlineData("word/evil\u0001.xml", "an entry's name contains a control or bidirectional character")]
    public void CheckOne_EntryNameLeavingTheArchive_IsRefused(string name, string saying)
    {
        var parts = DocxParts();
        parts[name] = "x";
        NotA("order.docx", DocxType, Zip(parts), Word, saying);
    }

    [Fact]
    public void CheckOne_TwoEntriesWithTheSameNameButCase_AreRefused()
    {
        var entries = DocxParts().ToList();
        entries.Add(new("Word/Document.xml", DocumentXml("another order")));
        NotA("order.docx", DocxType, Zip(entries), Word, "it holds two entries named Word/Document.xml");
    }

    [Fact]
    public void CheckOne_EncryptedEntry_IsRefused() =>
        NotA("order.docx", DocxType, ZipPatch.Flag(Docx(), "word/document.xml", 0x0001), Word, "it is encrypted (its entry word/document.xml)");

    [Fact]
    public void CheckOne_Zip64EndRecord_IsRefused()
    {
        var zip64 = ZipPatch.EndRecord(ZipPatch.EndRecord(Docx(), 8, ushort.MaxValue), 10, ushort.MaxValue);
        NotA("order.docx", DocxType, zip64, Word, "it is a ZIP64 archive");
    }

    [Fact]
    public void CheckOne_SomethingAppendedOrPrepended_IsRefused()
    {
        NotA("order.docx", DocxType, [.. Docx(), .. Html()], Word, "it has no ZIP end record where one belongs");
        NotA("order.docx", DocxType, [.. Html(), .. Docx()], Word, "it is not a ZIP archive, which every Word document is (it looks like an HTML page)");
    }

    [Fact]
    public void CheckOne_EntriesSharingData_AreRefused()
    {
        // Stored entries: stretch _rels/.rels (both headers agree) so that its data covers the next entry's header.
        var zip = Zip(DocxParts(), CompressionLevel.NoCompression);
        var stretched = ZipPatch.Entry(zip, "_rels/.rels", (central, local) =>
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(central[20..]) + 40;
            BinaryPrimitives.WriteUInt32LittleEndian(central[20..], size);
            BinaryPrimitives.WriteUInt32LittleEndian(central[24..], size);
            BinaryPrimitives.WriteUInt32LittleEndian(local[18..], size);
            BinaryPrimitives.WriteUInt32LittleEndian(local[22..], size);
        });
        NotA("order.docx", DocxType, stretched, Word, "its entries overlap, as in a ZIP bomb");
    }

    [Fact]
    public void CheckOne_DamagedDeflateData_IsRefused()
    {
        var zip = ZipPatch.Entry(Docx(), "word/document.xml", (_, local) =>
        {
            var dataStart = 30 + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
            local.Slice(dataStart, 8).Fill(0xFF);
        });
        Refused("order.docx", DocxType, zip, ContentMismatch, "its entry word/document.xml cannot be unpacked: the archive is damaged");
    }
}
