using System.IO.Compression;
using System.Security.Cryptography;
using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// Step (a) of a production: writes each item's JSON and CSV file and the manifest into a ZIP archive, and returns it
/// with the manifest's SHA-256. The production event commits to that hash; once it is in a signed checkpoint,
/// <see cref="PackageSealer"/> adds the ledger evidence and encrypts. Refuses (and produces nothing) when an item repeats,
/// when records are of another category than their item, or when a record falls outside its item's approved range.
/// </summary>
public static class PackageBuilder
{
    /// <summary>
    /// Builds the package of <paramref name="contents"/>, its manifest naming <paramref name="references"/>: what the
    /// production event will name, whose customers must be exactly those of the contents (<see cref="PackageContents.Accounts"/>).
    /// </summary>
    public static Result<PlainPackage> Build(PackageContents contents, PackageReferences references)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(references);
        if (Check(contents) is { } refused)
        {
            return refused;
        }

        if (!references.Customers.Select(c => c.AccountId).SequenceEqual(contents.Accounts(), StringComparer.Ordinal))
        {
            throw new ArgumentException("The references name other customers than those whose data the package holds.", nameof(references));
        }

        var files = new List<PackageFile>(contents.Items.Count * 2);
        using var archive = new MemoryStream();
        PackageManifest manifest;
        byte[] bytes;
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var json = new MemoryStream();
            using var csv = new MemoryStream();
            foreach (var item in contents.Items.OrderBy(i => i.Item.Target).ThenBy(i => i.Item.Category))
            {
                json.SetLength(0);
                csv.SetLength(0);
                ItemFiles.Write(json, csv, contents, item);
                files.Add(Add(zip, PackageFormat.DataPath(item.Item.Target, item.Item.Category, "json"), json, contents.ProducedAt));
                files.Add(Add(zip, PackageFormat.DataPath(item.Item.Target, item.Item.Category, "csv"), csv, contents.ProducedAt));
            }

            manifest = new PackageManifest
            {
                Format = PackageFormat.Version,
                Request = new ManifestRequest(contents.RequestId, contents.RequestReference),
                Decision = contents.DecisionId,
                Votes = contents.VoteIds,
                Files = files,
                Customers = references.Customers,
                OtherReferences = references.Others,
            };
            bytes = manifest.ToBytes();
            Write(zip, PackageFormat.ManifestPath, bytes, contents.ProducedAt);
        }

        return new PlainPackage(archive.ToArray(), manifest, PackageManifest.Hash(bytes));
    }

    /// <summary>Adds <paramref name="path"/> to <paramref name="zip"/> with the given bytes.</summary>
    internal static void Write(ZipArchive zip, string path, ReadOnlySpan<byte> bytes, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static PackageFile Add(ZipArchive zip, string path, MemoryStream buffer, DateTimeOffset at)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        Write(zip, path, bytes, at);
        return new PackageFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static Error? Check(PackageContents contents)
    {
        if (contents.Items.Count == 0)
        {
            return PackageErrors.NoItems;
        }

        var seen = new HashSet<Domain.Decisions.ItemKey>();
        foreach (var item in contents.Items)
        {
            if (!seen.Add(item.Item))
            {
                return PackageErrors.ItemDuplicate(item.Item.ToString());
            }

            if (item.Records.Category != item.Item.Category)
            {
                return PackageErrors.CategoryMismatch(item.Item.ToString(), KebabCase.Format(item.Records.Category));
            }

            var row = 0;
            foreach (var time in item.Records.Times)
            {
                if (time is { } at && !item.Range.Contains(at))
                {
                    return PackageErrors.RecordOutOfRange(item.Item.ToString(), row, item.Range.ToString());
                }

                row++;
            }
        }

        return null;
    }
}
