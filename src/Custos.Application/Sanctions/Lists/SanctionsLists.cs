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
/// on its own thread, then indexed together. Kept in <see cref="ScreeningIndexCache"/> until another version is in force.
/// </summary>
public sealed class SanctionsLists(CustosDbContext db, CustosDatabase database, ScreeningIndexCache cache)
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
    /// The index over the lists in force (from the cache when the same versions are still in force). Read over a plain
    /// connection (<see cref="ListFileStore"/>): no database model is built on this path.
    /// </summary>
    public async Task<Result<ListsInForce>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var stored = await ListFileStore.ReadInForceAsync(database, cancellationToken);
        if (stored.Count == 0)
        {
            return SanctionsErrors.NoListsInForce();
        }

        if (cache.Get(ScreeningIndexCache.Key(stored.Select(v => v.Version.Id))) is { } cached)
        {
            return cached;
        }

        var reads = await Task.WhenAll(stored.Select(v => Task.Run(() => Read(v.Version, [.. v.Files]), cancellationToken)));
        if (reads.Where(r => !r.IsSuccess).Select(r => r.Errors).FirstOrDefault() is { } errors)
        {
            return Result<ListsInForce>.Failure(errors);
        }

        var options = ScreeningOptions.Default;
        var index = await Task.Run(() => ScreeningIndex.Build(reads.Select(r => r.Value), options), cancellationToken);
        var lists = new ListsInForce(index, [.. stored.Select(v => Info(v.Version, v.Files))], ListsKey(stored.Select(v => v.Version.ContentKey), options));
        cache.Put(lists);
        return lists;
    }

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

    private static ListVersionInfo Info(SanctionsListVersionRecord record, IEnumerable<SanctionsListFileRecord> files) =>
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
