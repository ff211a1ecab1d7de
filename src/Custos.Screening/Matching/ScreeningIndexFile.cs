using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// A built <see cref="ScreeningIndex"/> stored as bytes and read back without reading the lists or normalising a name:
/// the snapshots with every entry, the normalised names, the vocabulary, postings and lookups exactly as built, so the
/// index read back screens exactly as the one written. The header names the format version, the build of this library
/// (<see cref="MatcherBuild"/>) and a caller's key (which lists it was built from); the body's length and SHA-256 are
/// checked before anything is read. An index of another format, another build or another key, a truncated or altered
/// file, is refused with the reason — never used: build the index from the lists again.
/// </summary>
public static class ScreeningIndexFile
{
    /// <summary>The version of the stored layout; a change to the layout changes it.</summary>
    public const int FormatVersion = 2;

    private static readonly byte[] Magic = "CUSTOSIX"u8.ToArray();

    /// <summary>The build of the matcher (this library's module version id): an index stored by another build is refused,
    /// since another matcher may normalise, weigh or look up differently.</summary>
    public static Guid MatcherBuild { get; } = typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The stored form of <paramref name="index"/> under <paramref name="key"/>.</summary>
    /// <param name="index">A built index.</param>
    /// <param name="key">What the index was built from (for example the ids of the list versions), checked when read.</param>
    public static byte[] Write(ScreeningIndex index, string key)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        var writer = new IndexFileWriter();
        IndexCodec.Write(writer, index.Snapshots, index.Data);
        using var body = new MemoryStream();
        writer.CopyTo(body);
        var keyBytes = Encoding.UTF8.GetBytes(key);
        using var output = new MemoryStream(checked((int)body.Length + 128 + keyBytes.Length));
        Span<byte> number = stackalloc byte[8];
        output.Write(Magic);
        BinaryPrimitives.WriteInt32LittleEndian(number, FormatVersion);
        output.Write(number[..4]);
        output.Write(MatcherBuild.ToByteArray());
        BinaryPrimitives.WriteInt32LittleEndian(number, keyBytes.Length);
        output.Write(number[..4]);
        output.Write(keyBytes);
        BinaryPrimitives.WriteInt64LittleEndian(number, body.Length);
        output.Write(number);
        output.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
        output.Write(body.GetBuffer(), 0, (int)body.Length);
        return output.ToArray();
    }

    /// <summary>Reads a stored index, or says why it cannot be used.</summary>
    /// <param name="bytes">The stored bytes.</param>
    /// <param name="key">The key the index must have been written under.</param>
    /// <param name="options">The options of the index read; <see cref="ScreeningOptions.Default"/> when null.</param>
    /// <param name="index">The index, when it could be used.</param>
    /// <param name="problem">Why it could not, when it could not.</param>
    public static bool TryRead(byte[] bytes, string key, ScreeningOptions? options, [NotNullWhen(true)] out ScreeningIndex? index, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(key);
        index = null;
        problem = Header(bytes, key, out var bodyStart);
        if (problem is not null)
        {
            return false;
        }

        try
        {
            var (snapshots, data) = IndexCodec.Read(new IndexFileReader(bytes, bodyStart));
            index = ScreeningIndex.FromData(snapshots, data, options ?? ScreeningOptions.Default);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or InvalidCastException)
        {
            problem = "the stored index is malformed: " + e.Message;
            return false;
        }
    }

    private static string? Header(byte[] bytes, string key, out int bodyStart)
    {
        bodyStart = 0;
        var span = bytes.AsSpan();
        if (span.Length < Magic.Length + 4 + 16 + 4 || !span[..Magic.Length].SequenceEqual(Magic))
        {
            return "it is not a stored screening index";
        }

        var at = Magic.Length;
        var format = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        at += 4;
        if (format != FormatVersion)
        {
            return $"it has format version {format}, not {FormatVersion}";
        }

        if (new Guid(span.Slice(at, 16)) != MatcherBuild)
        {
            return "it was written by another build of the matcher";
        }

        at += 16;
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        at += 4;
        if (keyLength < 0 || keyLength > span.Length - at - 8 - 32)
        {
            return "its header is truncated";
        }

        if (!span.Slice(at, keyLength).SequenceEqual(Encoding.UTF8.GetBytes(key)))
        {
            return "it was built from other lists (its key differs)";
        }

        at += keyLength;
        var length = BinaryPrimitives.ReadInt64LittleEndian(span[at..]);
        at += 8;
        var hash = span.Slice(at, 32);
        at += 32;
        if (length != span.Length - at)
        {
            return $"its body has {span.Length - at} bytes where the header says {length}";
        }

        if (!SHA256.HashData(span[at..]).AsSpan().SequenceEqual(hash))
        {
            return "its body does not have the SHA-256 recorded in its header";
        }

        bodyStart = at;
        return null;
    }
}
