namespace Custos.Ledger.Tiles;

/// <summary>
/// An <see cref="ITileStore"/> over a directory laid out exactly like the tlog-tiles URL space, so it can be served as
/// static files. Writes go to a temporary file that is flushed and then renamed over the target; a full tile is never
/// rewritten.
/// </summary>
public sealed class FileSystemTileStore : ITileStore
{
    private readonly string _root;

    /// <summary>Creates a store rooted at <paramref name="rootDirectory"/> (created if missing).</summary>
    /// <param name="rootDirectory">The directory that plays the role of the log prefix.</param>
    public FileSystemTileStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(_root);
    }

    /// <summary>The root directory.</summary>
    public string RootDirectory => _root;

    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Resolve(path);
        try
        {
            return await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var fullPath = Resolve(path);
        if (TileStorePaths.IsImmutable(path) && File.Exists(fullPath))
        {
            var existing = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
            if (!existing.AsSpan().SequenceEqual(data.Span))
            {
                throw new InvalidOperationException($"Refusing to rewrite full tile '{path}' with different bytes.");
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TileStorePaths.IsSafeRelative(path))
        {
            throw new ArgumentException($"'{path}' is not a safe relative resource path.", nameof(path));
        }

        return Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));
    }
}
