using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Witness;

/// <summary>
/// An <see cref="IWitnessStateStore"/> in a directory readable by its owner only: one small file per log, named after
/// the SHA-256 of the origin and holding a checkpoint body (origin, size, root). Writes go to a temporary file that is
/// flushed to disk and renamed over the old one, and the directory is flushed after the rename. While open, the store
/// holds an exclusive lock on the directory so that two witness processes cannot share it.
/// </summary>
public sealed class FileWitnessStateStore : IWitnessStateStore, IDisposable
{
    private const string LockFileName = "witness.lock";
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly FileStream _lock;

    private FileWitnessStateStore(string directory, FileStream lockFile)
    {
        Directory = directory;
        _lock = lockFile;
    }

    /// <summary>The state directory.</summary>
    public string Directory { get; }

    /// <summary>Opens (creating it owner-only if missing) the state directory and locks it.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The store, or an error when another process holds the directory.</returns>
    public static LedgerResult<FileWitnessStateStore> Open(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(full);
        }
        else
        {
            System.IO.Directory.CreateDirectory(full, OwnerReadWrite | UnixFileMode.UserExecute);
        }

        try
        {
            var lockFile = new FileStream(Path.Combine(full, LockFileName), Options(FileMode.OpenOrCreate, FileAccess.ReadWrite));
            return new FileWitnessStateStore(full, lockFile);
        }
        catch (IOException exception)
        {
            return new LedgerError("witness.state.locked", $"The witness state directory '{full}' is in use by another process ({exception.Message}).");
        }
    }

    /// <summary>The file that holds the state of <paramref name="origin"/>.</summary>
    /// <param name="origin">The log origin.</param>
    /// <returns>The full path.</returns>
    public string PathFor(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)));
        return Path.Combine(Directory, $"log-{hash}.checkpoint");
    }

    /// <inheritdoc />
    public async ValueTask<TreeHead?> ReadAsync(string origin, CancellationToken cancellationToken)
    {
        var path = PathFor(origin);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var checkpoint = Checkpoint.Parse(text);
        if (!checkpoint.IsSuccess || !string.Equals(checkpoint.Value.Origin, origin, StringComparison.Ordinal) || checkpoint.Value.Extensions.Count != 0)
        {
            throw new LedgerDataException(new LedgerError(
                "witness.state.corrupt", $"The witness state of '{origin}' is unreadable; refusing to treat the log as unseen.", path));
        }

        return new TreeHead(checkpoint.Value.Size, checkpoint.Value.GetRootHash());
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(string origin, TreeHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathFor(origin);
        var bytes = Encoding.UTF8.GetBytes(new Checkpoint(origin, head.Size, head.RootHash).Format());
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temporary, Options(FileMode.CreateNew, FileAccess.Write));
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        DirectorySync.Flush(Directory);
    }

    /// <summary>Releases the directory lock.</summary>
    public void Dispose() => _lock.Dispose();

    private static FileStreamOptions Options(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        return options;
    }
}
