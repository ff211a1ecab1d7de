using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Custos.Screening.Lists;

/// <summary>
/// Reads the files of one sanctions list into a <see cref="ListSnapshot"/>. Each file's format and role is told
/// from its content: an XML document whose root is <c>CONSOLIDATED_LIST</c> is the UN Security Council list; a
/// CSV file in OFAC's legacy layout is a primary (12 columns), alias (5), address (6) or comment (2) file, of the
/// consolidated non-SDN list when its name starts with <c>cons_</c> and of the SDN list otherwise. Several files of
/// one list are read together (for OFAC: the primary file with any of its alias, address and comment files).
/// </summary>
/// <remarks>
/// A file that cannot be read is refused with its name, line and the reason, and nothing is returned for the
/// whole read: a snapshot is either complete or absent. Expected bad input gives a failed <see cref="Result{T}"/>;
/// exceptions are left to I/O and programming errors.
/// </remarks>
public static class ListReader
{
    /// <summary>Reads the given files (of one list) from disk.</summary>
    /// <param name="paths">The file paths.</param>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static Result<ListSnapshot> ReadFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Read(paths.Select(ListFile.FromPath));
    }

    /// <summary>Reads the given files, all of one list, into one snapshot.</summary>
    /// <param name="files">The files.</param>
    public static Result<ListSnapshot> Read(IEnumerable<ListFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var given = files.ToList();
        if (given.Count == 0)
        {
            return Result<ListSnapshot>.Failure(new ListReadError(ListReadErrorCodes.NoFiles, "(none)", null, "no files were given"));
        }

        var parsed = new List<ParsedFile>(given.Count);
        XDocument? unDocument = null;
        foreach (var file in given)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));
            var sniffed = Sniff(file, sha, out var document);
            if (!sniffed.IsSuccess)
            {
                return Result<ListSnapshot>.Failure(sniffed.Error);
            }

            unDocument ??= document;
            parsed.Add(sniffed.Value);
        }

        var check = CheckComposition(parsed);
        if (check is not null)
        {
            return Result<ListSnapshot>.Failure(check);
        }

        var listId = parsed[0].ListId;
        var notes = new List<string>();
        List<ListEntry> entries;
        DateTimeOffset? generatedAt = null;
        if (listId == ListIds.UnSecurityCouncil)
        {
            var un = UnListReader.Read(parsed[0].File, unDocument!);
            if (!un.IsSuccess)
            {
                return Result<ListSnapshot>.Failure(un.Error);
            }

            (entries, generatedAt) = un.Value;
        }
        else
        {
            var primary = parsed.Single(p => p.Role == FileRole.OfacPrimary);
            if (primary.Records.Count == 0)
            {
                return Result<ListSnapshot>.Failure(new ListReadError(ListReadErrorCodes.Empty, primary.File.Name, null, "the primary file holds no entries"));
            }

            var joined = OfacListReader.Join(listId, parsed, notes);
            if (!joined.IsSuccess)
            {
                return Result<ListSnapshot>.Failure(joined.Error);
            }

            entries = joined.Value;
        }

        return Result<ListSnapshot>.Success(new ListSnapshot
        {
            ListId = listId,
            Version = VersionOf(listId, parsed),
            GeneratedAt = generatedAt,
            Files = [.. parsed.Select(p => new SourceFile(p.File.Name, p.Role, p.Sha256, p.File.Content.Length,
                p.Role == FileRole.UnConsolidatedXml ? entries.Count : p.Records.Count))],
            Entries = entries,
            Notes = notes,
        });
    }

    private static Result<ParsedFile> Sniff(ListFile file, string sha, out XDocument? document)
    {
        document = null;
        var span = file.Content.Span;
        var start = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (start < span.Length && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= span.Length)
        {
            return Fail(ListReadErrorCodes.Empty, file, null, "the file is empty");
        }

        if (span[start] == (byte)'<')
        {
            try
            {
                using var stream = new MemoryStream(file.Content.ToArray(), writable: false);
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                return Fail(ListReadErrorCodes.MalformedXml, file, e.LineNumber > 0 ? e.LineNumber : null, "not well-formed XML: " + e.Message);
            }

            return document.Root?.Name.LocalName == "CONSOLIDATED_LIST"
                ? Result<ParsedFile>.Success(new ParsedFile(file, FileRole.UnConsolidatedXml, ListIds.UnSecurityCouncil, sha, []))
                : Fail(ListReadErrorCodes.UnrecognisedFile, file, null,
                    "an XML document whose root element <" + document.Root?.Name.LocalName + "> is not the UN CONSOLIDATED_LIST");
        }

        var (records, errorLine, error) = OfacCsv.Parse(OfacCsv.Decode(span));
        if (error is not null)
        {
            return Fail(ListReadErrorCodes.MalformedRow, file, errorLine, error);
        }

        if (records.Count == 0)
        {
            return Fail(ListReadErrorCodes.Empty, file, null, "the file holds no rows");
        }

        var columns = records[0].Fields.Length;
        FileRole? role = columns switch
        {
            12 => FileRole.OfacPrimary,
            5 => FileRole.OfacAliases,
            6 => FileRole.OfacAddresses,
            2 => FileRole.OfacComments,
            _ => null,
        };
        if (role is null)
        {
            return Fail(ListReadErrorCodes.UnrecognisedFile, file, records[0].Line, string.Create(CultureInfo.InvariantCulture,
                $"the first row has {columns} fields; an OFAC legacy CSV file has 12 (sdn, cons_prim), 5 (alt), 6 (add) or 2 (comments)"));
        }

        foreach (var record in records)
        {
            if (record.Fields.Length != columns)
            {
                return Fail(ListReadErrorCodes.MalformedRow, file, record.Line, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {record.Fields.Length} fields where the file's rows have {columns}"));
            }
        }

        var listId = file.Name.StartsWith("cons_", StringComparison.OrdinalIgnoreCase) ? ListIds.OfacConsolidated : ListIds.OfacSdn;
        return Result<ParsedFile>.Success(new ParsedFile(file, role.Value, listId, sha, records));
    }

    private static ListReadError? CheckComposition(List<ParsedFile> parsed)
    {
        var first = parsed[0];
        foreach (var file in parsed.Skip(1))
        {
            if (file.ListId != first.ListId)
            {
                return new ListReadError(ListReadErrorCodes.MixedFiles, file.File.Name, null,
                    "belongs to " + file.ListId + " while " + first.File.Name + " belongs to " + first.ListId + "; read each list on its own");
            }
        }

        foreach (var group in parsed.GroupBy(p => p.Role))
        {
            if (group.Count() > 1)
            {
                var files = group.ToList();
                return new ListReadError(ListReadErrorCodes.MixedFiles, files[1].File.Name, null,
                    "has the same role (" + group.Key + ") as " + files[0].File.Name + "; give one file of each role");
            }
        }

        if (first.ListId != ListIds.UnSecurityCouncil && parsed.All(p => p.Role != FileRole.OfacPrimary))
        {
            return new ListReadError(ListReadErrorCodes.MissingPrimary, first.File.Name, null,
                "alias, address and comment files need the list's primary file (sdn.csv or cons_prim.csv) in the same read");
        }

        return null;
    }

    private static string VersionOf(string listId, List<ParsedFile> parsed)
    {
        var text = new StringBuilder(listId).Append('\n');
        foreach (var line in parsed.Select(p => p.Role.ToString() + " " + p.Sha256).Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Result<ParsedFile> Fail(string code, ListFile file, int? line, string reason) =>
        Result<ParsedFile>.Failure(new ListReadError(code, file.Name, line, reason));
}
