using System.Diagnostics;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Screening.Lists;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.Storage.Sanctions;

namespace Custos.Application.Sanctions.Lists;

/// <summary>
/// Imports the files of one sanctions list as a new version in force. The reader is chosen by content
/// (<see cref="ListReader"/>); every file is read and checked before anything is written, and a refused file (named
/// with its line and the reason) leaves the version in force as it was. The exact bytes of each file are stored with
/// their SHA-256, so that every node builds the same index from the database; the import is one transaction with its
/// <c>sanctions.list-imported</c> ledger event, which carries each file's SHA-256. Its reads and writes are plain SQL
/// (<see cref="ListFileStore"/>, <see cref="ListVersionWriter"/>, <see cref="LedgerEventRows"/>): a one-shot import does
/// not build the EF model (most of its start-up before), unless a refusal has to be ledgered.
/// </summary>
public sealed class SanctionsListImport(CustosDbContext db, CustosDatabase database, EventRecorder events, LedgerSignal signal, TimeProvider clock)
{
    /// <summary>The ledger subject of a list.</summary>
    public static string Subject(string listId) => "sanctions-list:" + listId;

    /// <summary>Reads <paramref name="paths"/> (the files of one list) from disk and imports them.</summary>
    public async Task<Result<ListImportSummary>> ImportFilesAsync(IReadOnlyList<string> paths, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            return SanctionsErrors.NoFiles();
        }

        var files = new List<ListFile>(paths.Count);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return SanctionsErrors.FileNotFound(path);
            }

            files.Add(new ListFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken)));
        }

        return await ImportAsync(files, actor, cancellationToken);
    }

    /// <summary>Imports the given files (of one list) as the version in force.</summary>
    public async Task<Result<ListImportSummary>> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, "sanctions-lists", cancellationToken) is { } denied)
        {
            return denied;
        }

        if (files.Count == 0)
        {
            return SanctionsErrors.NoFiles();
        }

        var stopwatch = Stopwatch.StartNew();
        // The files are read on another thread while this one asks which versions are in force (in a new process that
        // first query is also where the database model is built).
        var reading = Task.Run(() =>
        {
            var result = ListReader.Read(files);
            return (Read: result, ContentKey: result.IsSuccess ? EntryFacts.ContentKey(result.Value) : null);
        }, cancellationToken);
        var inForce = await ListFileStore.ReadInForceAsync(database, includeContent: false, cancellationToken);
        var (read, contentKey) = await reading;
        if (!read.IsSuccess)
        {
            return SanctionsErrors.Refused(read.Error);
        }

        var snapshot = read.Value;
        var readTime = stopwatch.Elapsed;
        var inForceOfList = inForce.FirstOrDefault(v => string.Equals(v.Version.ListId, snapshot.ListId, StringComparison.Ordinal));
        var current = inForceOfList?.Version;
        if (current is not null && string.Equals(current.Version, snapshot.Version, StringComparison.Ordinal))
        {
            return new ListImportSummary(SanctionsLists.Info(current, inForceOfList!.Files), AlreadyInForce: true, Previous: null, stopwatch.Elapsed, readTime);
        }

        var now = clock.NowToTheMillisecond();
        var record = new SanctionsListVersionRecord
        {
            Id = Ids.New("slv"),
            ListId = snapshot.ListId,
            Version = snapshot.Version,
            ContentKey = contentKey!,
            Entries = snapshot.Entries.Count,
            GeneratedAt = snapshot.GeneratedAt,
            ImportedAt = now,
            ImportedBy = actor.Id,
            Notes = string.Join('\n', snapshot.Notes),
        };
        var fileRecords = snapshot.Files.Select((f, i) => new SanctionsListFileRecord
        {
            VersionId = record.Id,
            Position = i,
            Name = f.Name,
            Role = KebabCase.Format(f.Role),
            Sha256 = f.Sha256,
            Length = f.Length,
            Records = f.Records,
            Content = files[i].Content.ToArray(), // the snapshot lists its files in the order given
        }).ToList();

        var ledgerEvent = events.Build(LedgerEventTypes.SanctionsListImported, actor, Subject(record.ListId), new
        {
            versionId = record.Id,
            listId = record.ListId,
            version = record.Version,
            previousVersionId = current?.Id,
            contentKey,
            entries = record.Entries,
            generatedAt = record.GeneratedAt,
            files = fileRecords.Select(f => new { name = f.Name, role = f.Role, sha256 = f.Sha256, length = f.Length, records = f.Records }).ToArray(),
            notes = snapshot.Notes.Count,
        });

        // The version, its files, the one it supersedes and the ledger event in one transaction, in plain SQL on a plain
        // connection: building the EF model would be most of a one-shot import's time. The transaction holds the process's
        // SQLite write gate as a context's does, and the commit wakes the ledger integrator as a context's commit does.
        await using (var write = await database.BeginPlainWriteAsync(cancellationToken))
        {
            await ListVersionWriter.WriteAsync(database, write.Connection, write.Transaction, record, fileRecords, current?.Id, now, cancellationToken);
            await LedgerEventRows.InsertAsync(write.Connection, write.Transaction, [ledgerEvent], cancellationToken);
            await write.CommitAsync(cancellationToken);
        }

        signal.Notify();
        var info = new ListVersionInfo(record.Id, record.ListId, record.Version, record.Entries, record.ImportedAt, record.ImportedBy, true,
            [.. fileRecords.Select(f => new ListFileInfo(f.Name, f.Role, f.Sha256, f.Length, f.Records))], snapshot.Notes);
        return new ListImportSummary(info, AlreadyInForce: false, current?.Id, stopwatch.Elapsed, readTime);
    }
}
