namespace Custos.Application.Requests.Documents;

/// <summary>One entry of a ZIP archive as its central directory declares it; <see cref="DataOffset"/> is where its data starts.</summary>
internal sealed record ZipEntryRecord(string Name, ushort Method, ushort Flags, long CompressedSize, long UncompressedSize, long LocalHeaderOffset)
{
    public const ushort Stored = 0;
    public const ushort Deflated = 8;

    public long DataOffset { get; init; } = -1;
}
