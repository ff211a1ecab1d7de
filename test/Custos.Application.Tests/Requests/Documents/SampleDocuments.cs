using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Custos.Application.Tests.Requests.Documents;

/// <summary>
/// Small real files of every accepted type, built here. The PNG, JPEG and TIFF bytes were checked outside the code under
/// test (pngcheck, djpeg and tiffinfo read them without error); the PDF these builders write was read by pdfinfo and
/// pdftotext ("Subpoena") and the Word document by python-docx (one paragraph, "Subpoena").
/// </summary>
internal static class SampleDocuments
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string DocxMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A 1×1 RGBA PNG: signature, IHDR, IDAT, IEND.</summary>
    public static byte[] Png() => Convert.FromHexString(
        "89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000A49444154789C63000100000500010D0A2DB40000000049454E44AE426082");

    /// <summary>An 8×8 grey baseline JPEG: SOI, DQT, SOF0, DHT, SOS, one byte of scan data, EOI.</summary>
    public static byte[] Jpeg() => Convert.FromHexString(
        "FFD8FFDB004300010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101" +
        "01FFC0000B080008000801011100FFC40026000100000000000000000000000000000000100100000000000000000000000000000000FFDA0008010100003F003FFFD9");

    /// <summary>A 1×1 8-bit grey TIFF, little-endian (II*\0).</summary>
    public static byte[] TiffLittleEndian() => Convert.FromHexString(
        "49492A0008000000080000010300010000000100000001010300010000000100000002010300010000000800000003010300010000000100000006010300010000000100" +
        "000011010400010000006E0000001601030001000000010000001701040001000000010000000000000080");

    /// <summary>The same image, big-endian (MM\0*).</summary>
    public static byte[] TiffBigEndian() => Convert.FromHexString(
        "4D4D002A00000008000801000003000000010001000001010003000000010001000001020003000000010008000001030003000000010001000001060003000000010001" +
        "000001110004000000010000006E0116000300000001000100000117000400000001000000010000000080");

    /// <summary>A one-page PDF that shows "Subpoena".</summary>
    public static byte[] Pdf()
    {
        const string text = "BT /F1 12 Tf 72 720 Td (Subpoena) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {text.Length} >>\nstream\n{text}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Html() => "<!DOCTYPE html>\n<html><body><script>fetch('/api/requests')</script></body></html>\n"u8.ToArray();

    public static byte[] Utf8(string text, bool byteOrderMark = false) =>
        [.. byteOrderMark ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>(), .. Encoding.UTF8.GetBytes(text)];

    public static string ContentTypesXml(string mainType = DocxMainType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainType}\"/></Types>";

    public const string RelationshipsXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    public const string DocumentStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    public const string DocumentEnd = "</w:body></w:document>";

    public static string DocumentXml(string paragraph = "Subpoena") => $"{DocumentStart}<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p>{DocumentEnd}";

    /// <summary>The three parts of a minimal Word document, in the order Word writes them.</summary>
    public static Dictionary<string, string> DocxParts() => new(StringComparer.Ordinal)
    {
        ["[Content_Types].xml"] = ContentTypesXml(),
        ["_rels/.rels"] = RelationshipsXml,
        ["word/document.xml"] = DocumentXml(),
    };

    public static byte[] Docx() => Zip(DocxParts());

    public static byte[] Zip(IEnumerable<KeyValuePair<string, string>> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }

    /// <summary>
    /// A Word document whose body continues with <paramref name="padding"/> bytes of spaces, streamed through the compressor
    /// in 64 KiB pieces: spaces compress about a thousandfold, so 101 MiB become about 100 KiB.
    /// </summary>
    public static byte[] DocxWithPaddedBody(long padding)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in DocxParts())
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                if (name != "word/document.xml")
                {
                    stream.Write(Encoding.UTF8.GetBytes(text));
                    continue;
                }

                stream.Write(Encoding.UTF8.GetBytes(DocumentStart));
                var spaces = new byte[64 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (var written = 0L; written < padding; written += spaces.Length)
                {
                    stream.Write(spaces, 0, (int)Math.Min(spaces.Length, padding - written));
                }

                stream.Write(Encoding.UTF8.GetBytes(DocumentEnd));
            }
        }

        return memory.ToArray();
    }
}
