using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// A Word document (.docx): a ZIP archive read first by <see cref="ZipDirectory"/> and then opened with <see cref="ZipArchive"/>,
/// which must read the same entries; holding a [Content_Types].xml that gives word/document.xml the type of a Word document's
/// main part (a macro-enabled .docm or a .dotx template is refused), and a word/document.xml whose root is a Word document.
/// Bounded: at most <see cref="IntakeOptions.MaxArchiveEntries"/> entries whose declared sizes add up to at most
/// <see cref="IntakeOptions.MaxExpandedDocumentBytes"/>; then every entry is unpacked into a small reused buffer, never kept
/// whole, and reading stops as soon as an entry yields more than it declares, so the archive can never expand beyond the limit
/// whatever its headers say.
/// </summary>
internal static class DocxSniffer
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string MainPart = "word/document.xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string TransitionalNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const int MiB = 1024 * 1024;
    private const int MaxContentTypesBytes = MiB; // Word writes about 2 KB
    private const int MaxCharactersBeforeRoot = MiB;

    public static ContentFault? Check(byte[] content, IntakeOptions options)
    {
        var fault = ZipDirectory.Read(content, options.MaxArchiveEntries, out var entries);
        if (fault is not null)
        {
            return fault;
        }

        var declared = entries.Sum(e => e.UncompressedSize); // at most 65,535 entries of under 4 GiB each: no overflow
        if (declared > options.MaxExpandedDocumentBytes)
        {
            return ContentFault.Limit(string.Create(CultureInfo.InvariantCulture,
                $"it unpacks to {declared:N0} bytes, more than the limit of {Size(options.MaxExpandedDocumentBytes)} for a Word document's contents"));
        }

        var contentTypes = entries.Find(e => e.Name == ContentTypesPart);
        var main = entries.Find(e => e.Name == MainPart);
        if (contentTypes is null || main is null)
        {
            return new ContentFault(contentTypes is null
                ? "it has no [Content_Types].xml, so it is no Office document"
                : "it has no word/document.xml, so it is no Word document");
        }

        if (contentTypes.UncompressedSize > MaxContentTypesBytes)
        {
            return new ContentFault("its [Content_Types].xml is larger than 1 MiB, far beyond any Word document's");
        }

        fault = CrossCheck(content, entries);
        var buffer = new byte[16 * 1024];
        for (var i = 0; fault is null && i < entries.Count; i++)
        {
            var entry = entries[i];
            fault = Unpack(content, entry, buffer, entry == contentTypes ? CheckContentTypes : entry == main ? CheckMainPart : null);
        }

        return fault;
    }

    /// <summary>Unpacks one entry, passing it to <paramref name="check"/> first if given, and measures what it really holds.</summary>
    private static ContentFault? Unpack(byte[] content, ZipEntryRecord entry, byte[] buffer, Func<Stream, ContentFault?>? check)
    {
        using var compressed = new MemoryStream(content, checked((int)entry.DataOffset), checked((int)entry.CompressedSize), writable: false);
        using var unpacked = entry.Method == ZipEntryRecord.Deflated ? new DeflateStream(compressed, CompressionMode.Decompress) : (Stream)compressed;
        using var bounded = new BoundedReadStream(unpacked, entry.UncompressedSize);
        try
        {
            var fault = check?.Invoke(bounded);
            if (fault is null)
            {
                while (bounded.Read(buffer) > 0)
                {
                    // Only the size matters here.
                }
            }

            if (bounded.Exceeded)
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture,
                    $"its entry {entry.Name} unpacks to more than the {entry.UncompressedSize:N0} bytes the archive declares for it (a forged size, as in a ZIP bomb)"));
            }

            return fault ?? (bounded.BytesRead == entry.UncompressedSize
                ? null
                : new ContentFault($"its entry {entry.Name} unpacks to less than its declared size: the archive is damaged"));
        }
        catch (InvalidDataException)
        {
            return new ContentFault($"its entry {entry.Name} cannot be unpacked: the archive is damaged");
        }
    }

    /// <summary>System.IO.Compression must list the same entries with the same sizes, or two readers would see two documents.</summary>
    private static ContentFault? CrossCheck(byte[] content, List<ZipEntryRecord> entries)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var listed = archive.Entries;
            var agrees = listed.Count == entries.Count && listed.Select((e, i) =>
                e.FullName == entries[i].Name && e.Length == entries[i].UncompressedSize &&
                e.CompressedLength == entries[i].CompressedSize && !e.IsEncrypted).All(same => same);
            return agrees ? null : new ContentFault("System.IO.Compression reads its ZIP directory differently");
        }
        catch (InvalidDataException)
        {
            return new ContentFault("System.IO.Compression cannot read it as a ZIP archive");
        }
    }

    private static ContentFault? CheckContentTypes(Stream stream)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings(MaxContentTypesBytes));
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "Types" || reader.NamespaceURI != ContentTypesNamespace)
            {
                return new ContentFault("its [Content_Types].xml is no Office content-types list");
            }

            string? overridden = null, byExtension = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace)
                {
                    continue;
                }

                if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), "/" + MainPart, StringComparison.OrdinalIgnoreCase))
                {
                    overridden = reader.GetAttribute("ContentType");
                }
                else if (reader.LocalName == "Default" && string.Equals(reader.GetAttribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase))
                {
                    byExtension = reader.GetAttribute("ContentType");
                }
            }

            return (overridden ?? byExtension) switch
            {
                null => new ContentFault("its [Content_Types].xml gives word/document.xml no type"),
                var type when string.Equals(type, MainContentType, StringComparison.OrdinalIgnoreCase) => null,
                var type when type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) =>
                    new ContentFault("it is a macro-enabled Word document (.docm), not a .docx"),
                var type when type.Contains(".template", StringComparison.OrdinalIgnoreCase) => new ContentFault("it is a Word template (.dotx), not a .docx"),
                _ => new ContentFault("its [Content_Types].xml does not give word/document.xml the type of a Word document"),
            };
        }
        catch (XmlException)
        {
            return new ContentFault("its [Content_Types].xml is not well-formed XML without a DTD");
        }
    }

    /// <summary>Only the root element is parsed; the rest of the part is unpacked and measured, not parsed.</summary>
    private static ContentFault? CheckMainPart(Stream stream)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings(MaxCharactersBeforeRoot));
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "document" &&
                   reader.NamespaceURI is TransitionalNamespace or StrictNamespace
                ? null
                : new ContentFault("its word/document.xml does not hold a Word document body");
        }
        catch (XmlException)
        {
            return new ContentFault("its word/document.xml is not well-formed XML without a DTD");
        }
    }

    private static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = false,
    };

    private static string Size(long bytes) => bytes % MiB == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / MiB:N0} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
