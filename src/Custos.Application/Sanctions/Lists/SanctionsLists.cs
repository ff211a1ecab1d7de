using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Custos.Domain.Common;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.Storage.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Sanctions.Lists;

/// <summary>
/// The sanctions lists in force and the screening index over them, built from the files stored with each version: the
/// stored bytes are checked against their SHA-256 and read by the same reader that checked them at import, each list
/// on its own thread, then indexed together, and the index stored (<c>sanctions_index_files</c>) for the next process.
/// Kept in <see cref="ScreeningIndexCache"/> until another version is in force.
/// </summary>
public sealed class SanctionsLists(CustosDbContext db, CustosDatabase database, ScreeningIndexCache cache, TimeProvider clock)
{
    /// <summary>The versions in force, one per list, in list order.</summary>
    public async Task<IReadOnlyList<ListVersionInfo>> InForceAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.SanctionsListVersions.AsNoTracking().Where(v => v.SupersededAt == null).OrderBy(v => v.ListId).ToListAsync(cancellationToken);
        var infos = new List<ListVersionInfo>(records.Count);
        foreach (var record in records)
        {
            infos.Add(await InfoAsync(db, record, cancellationToken));
        }

        return infos;
    }

    /// <summary>Every version imported, newest first.</summary>
    public async Task<IReadOnlyList<ListVersionInfo>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.SanctionsListVersions.AsNoTracking().OrderByDescending(v => v.ImportedAt).ThenBy(v => v.ListId).ToListAsync(cancellationToken);
        var infos = new List<ListVersionInfo>(records.Count);
        foreach (var record in records)
        {
            infos.Add(await InfoAsync(db, record, cancellationToken));
        }

        return infos;
    }

    /// <summary>
    /// The index over the lists in force: from the process's cache when the same versions are still in force, else from
    /// the stored index of these versions and this matcher (<see cref="ScreeningIndexFile"/>), else built from the stored
    /// list files and then stored for the next process. A stored index that is refused (altered, truncated, of another
    /// key) is never used: the index is built from the lists and stored again. Read over a plain connection
    /// (<see cref="ListFileStore"/>, <see cref="IndexFileStore"/>): no database model is built on this path.
    /// </summary>
    public async Task<Result<ListsInForce>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var inForce = await ListFileStore.ReadInForceAsync(database, includeContent: false, cancellationToken);
        if (inForce.Count == 0)
        {
            return SanctionsErrors.NoListsInForce();
        }

        if (cache.Get(ScreeningIndexCache.Key(inForce.Select(v => v.Version.Id))) is { } cached)
        {
            return cached;
        }

        var options = ScreeningOptions.Default;
        var key = StoredIndexKey(inForce);
        string source;
        if (await IndexFileStore.ReadAsync(database, key, cancellationToken) is { } bytes)
        {
            if (ScreeningIndexFile.TryRead(bytes, key, options, out var storedIndex, out var problem))
            {
                return Keep(new ListsInForce(storedIndex, [.. inForce.Select(v => Info(v.Version, v.Files))], ListsKey(inForce.Select(v => v.Version.ContentKey), options),
                    "read from the stored index"));
            }

            source = "built from the lists (the stored index was refused: " + problem + ")";
        }
        else
        {
            source = "built from the lists (no stored index of these versions and this matcher)";
        }

        // The files are read with the versions again: the index is built, and stored, under the key of what was read.
        var stored = await ListFileStore.ReadInForceAsync(database, cancellationToken: cancellationToken);
        if (stored.Count == 0)
        {
            return SanctionsErrors.NoListsInForce();
        }

        var reads = await Task.WhenAll(stored.Select(v => Task.Run(() => Read(v.Version, [.. v.Files]), cancellationToken)));
        if (reads.Where(r => !r.IsSuccess).Select(r => r.Errors).FirstOrDefault() is { } errors)
        {
            return Result<ListsInForce>.Failure(errors);
        }

        var index = await Task.Run(() => ScreeningIndex.Build(reads.Select(r => r.Value), options), cancellationToken);
        key = StoredIndexKey(stored);
        var content = await Task.Run(() => ScreeningIndexFile.Write(index, key), cancellationToken);
        try
        {
            await IndexFileStore.WriteAsync(database, key, VersionsText(stored), ScreeningIndexFile.MatcherBuild.ToString("N"), ScreeningIndexFile.FormatVersion,
                content, clock.GetUtcNow(), cancellationToken);
            source += "; stored";
        }
        catch (DbException e)
        {
            // The index in hand is good; only the next process's shortcut is lost, and the caller is told so.
            source += "; not stored: " + e.Message;
        }

        return Keep(new ListsInForce(index, [.. stored.Select(v => Info(v.Version, v.Files))], ListsKey(stored.Select(v => v.Version.ContentKey), options),
            source));
    }

    private ListsInForce Keep(ListsInForce lists)
    {
        cache.Put(lists);
        return lists;
    }

    /// <summary>
    /// The key of the stored index of these versions: SHA-256 over each version's id, reader version and content key, the
    /// stored format and the matcher's build, so that another list version, another layout or another matcher never
    /// reads an index stored for something else (the stored bytes carry the key and are checked against it).
    /// </summary>
    internal static string StoredIndexKey(IEnumerable<StoredListVersion> versions)
    {
        var text = new StringBuilder(VersionsText(versions));
        text.Append("\nformat ").Append(ScreeningIndexFile.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.Append("\nmatcher ").Append(ScreeningIndexFile.MatcherBuild.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string VersionsText(IEnumerable<StoredListVersion> versions) =>
        string.Join('\n', versions.Select(v => v.Version.Id + " " + v.Version.Version + " " + v.Version.ContentKey).Order(StringComparer.Ordinal));

    /// <summary>
    /// The key a customer's screening is recorded under: the lists' content keys, the review threshold and the build of
    /// the matcher (its module version id changes when its code does), so that new lists, another threshold or another
    /// matcher screen everyone again.
    /// </summary>
    internal static string ListsKey(IEnumerable<string> contentKeys, ScreeningOptions options)
    {
        var text = new StringBuilder();
        foreach (var key in contentKeys.Order(StringComparer.Ordinal))
        {
            text.Append(key).Append('\n');
        }

        text.Append(options.ReviewThreshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        text.Append(typeof(ScreeningIndex).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    internal static async Task<ListVersionInfo> InfoAsync(CustosDbContext db, SanctionsListVersionRecord record, CancellationToken cancellationToken)
    {
        var files = await db.SanctionsListFiles.AsNoTracking().Where(f => f.VersionId == record.Id).OrderBy(f => f.Position)
            .Select(f => new { f.Name, f.Role, f.Sha256, f.Length, f.Records, f.Position }).ToListAsync(cancellationToken);
        return new ListVersionInfo(record.Id, record.ListId, record.Version, record.Entries, record.ImportedAt, record.ImportedBy,
            record.SupersededAt is null, [.. files.Select(f => new ListFileInfo(f.Name, f.Role, f.Sha256, f.Length, f.Records))], Notes(record));
    }

    internal static ListVersionInfo Info(SanctionsListVersionRecord record, IEnumerable<SanctionsListFileRecord> files) =>
        new(record.Id, record.ListId, record.Version, record.Entries, record.ImportedAt, record.ImportedBy, record.SupersededAt is null,
            [.. files.Select(f => new ListFileInfo(f.Name, f.Role, f.Sha256, f.Length, f.Records))], Notes(record));

    private static string[] Notes(SanctionsListVersionRecord record) =>
        record.Notes.Length == 0 ? [] : record.Notes.Split('\n');

    private static Result<ListSnapshot> Read(SanctionsListVersionRecord version, List<SanctionsListFileRecord> files)
    {
        if (files.Count == 0)
        {
            return SanctionsErrors.StoredListUnreadable(version.ListId, version.Id, "it has no stored files");
        }

        foreach (var file in files)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content));
            if (!string.Equals(sha, file.Sha256, StringComparison.Ordinal))
            {
                return SanctionsErrors.StoredListUnreadable(version.ListId, version.Id, $"the stored bytes of {file.Name} no longer have the SHA-256 recorded at import");
            }
        }

        var read = ListReader.Read(files.Select(f => new ListFile(f.Name, f.Content)));
        if (!read.IsSuccess)
        {
            return SanctionsErrors.StoredListUnreadable(version.ListId, version.Id, read.Error.ToString());
        }

        return string.Equals(read.Value.Version, version.Version, StringComparison.Ordinal)
            ? read.Value
            : SanctionsErrors.StoredListUnreadable(version.ListId, version.Id, "the files read back give another version");
    }
}
