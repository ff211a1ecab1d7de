using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Ledger.Tiles;
using Custos.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Operations;

/// <summary>
/// Backs up a Custos installation, serving or not, into a new folder that is itself a data folder (docs/backup.md): start
/// <c>custos serve --data</c> on a copy of it to restore.
/// <list type="bullet">
/// <item>The SQLite database (requests with their documents, production packages, the ledger's events and checkpoints,
/// everything else) through SQLite's online backup API: one consistent snapshot, taken while the service writes. On
/// PostgreSQL the database is left to <c>pg_dump</c> or a base backup with its write-ahead log archive, and only the
/// files are copied.</item>
/// <item>Every file of the data folder besides the database and the ledger folder: the keys (<c>keys/</c>: the ledger's
/// signing key, the identifier and customer link keys, the cookie key ring), notices written as files, demo files;
/// modes kept owner-only.</item>
/// <item>The ledger's tiles and <c>checkpoint</c> (SQLite), rebuilt from the snapshot's own events rather than copied,
/// so that they hold exactly the tree the snapshot published and nothing the service appended after it; the rebuilt
/// root must equal the snapshot's signed checkpoint, or the backup fails.</item>
/// </list>
/// </summary>
public static class InstallationBackup
{
    private const int Batch = 4096;
    private static readonly string[] DatabaseFiles = [DatabaseSettings.SqliteFileName, DatabaseSettings.SqliteFileName + "-wal", DatabaseSettings.SqliteFileName + "-shm", DatabaseSettings.SqliteFileName + "-journal"];

    /// <summary>Backs up the installation of <paramref name="dataDirectory"/> and <paramref name="database"/> into the new folder <paramref name="target"/>.</summary>
    public static async Task<Result<BackupSummary>> RunAsync(string dataDirectory, CustosDatabase database, string target, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(target);
        var source = Path.GetFullPath(dataDirectory);
        var to = Path.GetFullPath(target);
        if (!Directory.Exists(source))
        {
            return Error.Invalid("backup.data-missing", $"The data folder {source} does not exist.", "--data");
        }

        if (Directory.Exists(to) && Directory.EnumerateFileSystemEntries(to).Any())
        {
            return Error.Invalid("backup.target-not-empty", $"The backup folder {to} exists and is not empty; give a new folder.", "--to");
        }

        if (to.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal) || to == source)
        {
            return Error.Invalid("backup.target-inside", "The backup folder cannot be inside the data folder it backs up.", "--to");
        }

        CreateOwnerOnly(to);
        var files = CopyFiles(source, to, Path.GetFullPath(LedgerOptions.ForDataDirectory(source).LedgerDirectory));
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return new BackupSummary(to, false, files, null, null);
        }

        var copy = Path.Combine(to, DatabaseSettings.SqliteFileName);
        await using (var from = new SqliteConnection(database.Settings.ConnectionString))
        await using (var into = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            await from.OpenAsync(cancellationToken);
            await into.OpenAsync(cancellationToken);
            from.BackupDatabase(into);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var restored = new CustosDatabase(DatabaseSettings.ForDataDirectory(to));
        var ledger = await RebuildTilesAsync(restored, LedgerOptions.ForDataDirectory(to), cancellationToken);
        SqliteConnection.ClearAllPools();
        return ledger.IsSuccess ? new BackupSummary(to, true, files, ledger.Value.Size, ledger.Value.Note) : Result<BackupSummary>.Failure(ledger.Errors);
    }

    /// <summary>Writes the tiles of the published tree of <paramref name="database"/> into the ledger folder of <paramref name="options"/>, and its checkpoint beside them.</summary>
    private static async Task<Result<(long Size, string Note)>> RebuildTilesAsync(CustosDatabase database, LedgerOptions options, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var state = await db.LedgerState.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return (0L, "");
        }

        CreateOwnerOnly(options.LedgerDirectory);
        var writer = (await TileWriter.OpenAsync(new FileSystemTileStore(options.LedgerDirectory), 0, cancellationToken)).Value;
        for (long from = 0; from < state.PublishedSize; from += Batch)
        {
            var to = Math.Min(state.PublishedSize, from + Batch);
            var entries = await db.LedgerEvents.AsNoTracking().Where(e => e.LeafIndex >= from && e.LeafIndex < to)
                .OrderBy(e => e.LeafIndex).Select(e => e.Entry).ToListAsync(cancellationToken);
            if (entries.Count != to - from)
            {
                return Error.Invalid("backup.ledger-incomplete", $"The backed-up database lacks log entries between {from} and {to}; the backup is not usable.", "ledger");
            }

            await writer.AppendAsync(entries.Select(e => (ReadOnlyMemory<byte>)e).ToList(), cancellationToken);
        }

        if (!writer.ComputeRoot().AsSpan().SequenceEqual(state.PublishedRoot))
        {
            return Error.Invalid("backup.ledger-mismatch", $"The log entries of the backed-up database do not give the root of its signed checkpoint of size {state.PublishedSize}; the backup is not usable.", "ledger");
        }

        await File.WriteAllTextAsync(Path.Combine(options.LedgerDirectory, "checkpoint"), state.PublishedNote, cancellationToken);
        return (state.PublishedSize, state.PublishedNote);
    }

    /// <summary>Copies every file under <paramref name="source"/> but the database and the ledger folder; returns how many.</summary>
    private static int CopyFiles(string source, string to, string ledger)
    {
        var count = 0;
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            if (!Within(directory, ledger))
            {
                CreateOwnerOnly(Path.Combine(to, Path.GetRelativePath(source, directory)));
            }
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (Within(file, ledger) || DatabaseFiles.Contains(relative, StringComparer.Ordinal))
            {
                continue;
            }

            var copy = Path.Combine(to, relative);
            File.Copy(file, copy);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(copy, File.GetUnixFileMode(file) & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            }

            count++;
        }

        return count;
    }

    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
