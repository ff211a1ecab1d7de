using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// Reads a ZIP archive's end record and central directory (PKWARE APPNOTE 6.3) strictly, before anything is unpacked: one
/// disk, no ZIP64, no encryption, only stored or deflated entries, at most a set number of them, UTF-8 names that stay
/// inside the archive and are unique without regard to case, local headers that agree with the directory, entries that do
/// not overlap, and nothing before the first entry or after the end record. Declared sizes are only read here; what the
/// entries really unpack to is measured by the caller.
/// </summary>
internal static class ZipDirectory
{
    private const uint LocalHeaderSignature = 0x04034B50;
    private const uint CentralHeaderSignature = 0x02014B50;
    private const uint EndSignature = 0x06054B50;
    private const uint Zip64LocatorSignature = 0x07064B50;
    private const int EndLength = 22;
    private const int CentralHeaderLength = 46;
    private const int LocalHeaderLength = 30;
    private const int Zip64LocatorLength = 20;
    private const ushort Zip64ExtraId = 0x0001;
    private const ushort EncryptionFlags = 0x0001 | 0x0040 | 0x2000; // encrypted, strongly encrypted, masked local headers
    private const ushort DataDescriptorFlag = 0x0008;

    private static readonly ContentFault Zip64 = new("it is a ZIP64 archive, which no Word document needs");
    private static readonly ContentFault Inconsistent = new("its ZIP central directory is damaged or disagrees with its end record");

    public static ContentFault? Read(byte[] content, int maxEntries, out List<ZipEntryRecord> entries)
    {
        entries = [];
        var span = content.AsSpan();
        if (!span.StartsWith("PK\u0003\u0004"u8))
        {
            return new ContentFault($"it is not a ZIP archive, which every Word document is{ContentGuess.Suffix(span)}");
        }

        var end = FindEnd(span);
        if (end < 0)
        {
            return new ContentFault("it has no ZIP end record where one belongs: it is cut short or has something appended");
        }

        if (end >= Zip64LocatorLength && U32(span, end - Zip64LocatorLength) == Zip64LocatorSignature)
        {
            return Zip64;
        }

        if (U16(span, end + 4) != 0 || U16(span, end + 6) != 0 || U16(span, end + 8) != U16(span, end + 10))
        {
            return new ContentFault("it is a ZIP archive split over several disks");
        }

        int count = U16(span, end + 10);
        long size = U32(span, end + 12);
        long offset = U32(span, end + 16);
        if (count == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue)
        {
            return Zip64;
        }

        if (count > maxEntries)
        {
            return ContentFault.Limit(string.Create(CultureInfo.InvariantCulture, $"it holds {count:N0} archive entries, more than the limit of {maxEntries:N0}"));
        }

        if (offset + size != end)
        {
            return Inconsistent;
        }

        return ReadCentralDirectory(span, (int)offset, end, count, entries) ?? CheckLocalHeaders(span, (int)offset, entries);
    }

    /// <summary>The end record's position: the last signature whose comment ends exactly at the end of the file; -1 if none.</summary>
    private static int FindEnd(ReadOnlySpan<byte> span)
    {
        for (var at = span.Length - EndLength; at >= 0 && at >= span.Length - EndLength - ushort.MaxValue; at--)
        {
            if (U32(span, at) == EndSignature && at + EndLength + U16(span, at + 20) == span.Length)
            {
                return at;
            }
        }

        return -1;
    }

    private static ContentFault? ReadCentralDirectory(ReadOnlySpan<byte> span, int position, int end, int count, List<ZipEntryRecord> entries)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            if (end - position < CentralHeaderLength || U32(span, position) != CentralHeaderSignature)
            {
                return Inconsistent;
            }

            var flags = U16(span, position + 8);
            var method = U16(span, position + 10);
            long compressed = U32(span, position + 20);
            long uncompressed = U32(span, position + 24);
            int nameLength = U16(span, position + 28);
            int extraLength = U16(span, position + 30);
            int commentLength = U16(span, position + 32);
            var disk = U16(span, position + 34);
            long localOffset = U32(span, position + 42);
            var recordLength = CentralHeaderLength + nameLength + extraLength + commentLength;
            if (end - position < recordLength)
            {
                return Inconsistent;
            }

            var extra = span.Slice(position + CentralHeaderLength + nameLength, extraLength);
            if (compressed == uint.MaxValue || uncompressed == uint.MaxValue || localOffset == uint.MaxValue || HasZip64Extra(extra))
            {
                return Zip64;
            }

            if (disk != 0)
            {
                return new ContentFault("it is a ZIP archive split over several disks");
            }

            var name = DecodeName(span.Slice(position + CentralHeaderLength, nameLength));
            if (name is null)
            {
                return new ContentFault("an entry's name is not UTF-8 text");
            }

            if (NameProblem(name) is { } problem)
            {
                return new ContentFault(problem);
            }

            // From here on the name is safe to show: no control or bidirectional characters.
            if (!names.Add(name))
            {
                return new ContentFault($"it holds two entries named {name}, which readers may tell apart differently");
            }

            if ((flags & EncryptionFlags) != 0)
            {
                return new ContentFault($"it is encrypted (its entry {name})");
            }

            if (method is not (ZipEntryRecord.Stored or ZipEntryRecord.Deflated))
            {
                return new ContentFault(string.Create(CultureInfo.InvariantCulture,
                    $"its entry {name} uses compression method {method}, where a Word document's entries are stored or deflated"));
            }

            if (method == ZipEntryRecord.Stored && compressed != uncompressed)
            {
                return new ContentFault($"its stored entry {name} declares two different sizes");
            }

            entries.Add(new ZipEntryRecord(name, method, flags, compressed, uncompressed, localOffset));
            position += recordLength;
        }

        return position == end ? null : Inconsistent;
    }

    private static ContentFault? CheckLocalHeaders(ReadOnlySpan<byte> span, int directoryStart, List<ZipEntryRecord> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.LocalHeaderOffset > directoryStart - LocalHeaderLength)
            {
                return Mismatch(entry);
            }

            var at = (int)entry.LocalHeaderOffset;
            int nameLength = U16(span, at + 26);
            int extraLength = U16(span, at + 28);
            long dataOffset = (long)at + LocalHeaderLength + nameLength + extraLength;
            if (U32(span, at) != LocalHeaderSignature || dataOffset > directoryStart)
            {
                return Mismatch(entry);
            }

            var flags = U16(span, at + 6);
            if (U16(span, at + 8) != entry.Method || (flags & EncryptionFlags) != 0 ||
                DecodeName(span.Slice(at + LocalHeaderLength, nameLength)) != entry.Name ||
                ((flags & DataDescriptorFlag) == 0 && (U32(span, at + 18) != entry.CompressedSize || U32(span, at + 22) != entry.UncompressedSize)))
            {
                return Mismatch(entry);
            }

            if (HasZip64Extra(span.Slice(at + LocalHeaderLength + nameLength, extraLength)))
            {
                return Zip64;
            }

            if (dataOffset + entry.CompressedSize > directoryStart)
            {
                return new ContentFault($"its entry {entry.Name} runs past the end of the archive's data");
            }

            entries[i] = entry with { DataOffset = dataOffset };
        }

        // Entries that share data (one deflated block listed many times) are a known ZIP bomb; so is hidden data before them.
        var ordered = entries.OrderBy(e => e.LocalHeaderOffset).ToList();
        if (ordered.Count > 0 && ordered[0].LocalHeaderOffset != 0)
        {
            return new ContentFault("it holds data before its first entry");
        }

        long next = 0;
        foreach (var entry in ordered)
        {
            if (entry.LocalHeaderOffset < next)
            {
                return new ContentFault("its entries overlap, as in a ZIP bomb");
            }

            next = entry.DataOffset + entry.CompressedSize;
        }

        return null;
    }

    private static ContentFault Mismatch(ZipEntryRecord entry) =>
        new($"the local header of its entry {entry.Name} disagrees with its central directory");

    private static bool HasZip64Extra(ReadOnlySpan<byte> extra)
    {
        while (extra.Length >= 4)
        {
            var id = U16(extra, 0);
            int length = U16(extra, 2);
            if (id == Zip64ExtraId)
            {
                return true;
            }

            extra = extra[Math.Min(extra.Length, 4 + length)..];
        }

        return false;
    }

    /// <summary>The name as UTF-8 (the encoding Word writes; plain ASCII reads the same in the old code page), or null if it is not.</summary>
    private static string? DecodeName(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Why an entry's name is refused, or null: names that could climb out of a folder or hide characters.</summary>
    private static string? NameProblem(string name)
    {
        foreach (var c in name)
        {
            if (char.IsControl(c) || BidiCharacters.IsEmbeddingOverrideOrIsolate(c) || BidiCharacters.IsMark(c))
            {
                return "an entry's name contains a control or bidirectional character";
            }

            if (c == '\\')
            {
                return "an entry's name contains a backslash, which some tools take for a folder separator";
            }
        }

        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return "an entry's name is an absolute path";
        }

        return name.Split('/').Any(segment => segment is "." or "..")
            ? "an entry's name climbs out of its folder (a '..' or '.' segment)"
            : null;
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);
}
