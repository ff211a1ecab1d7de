using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// Reads a copy of a log from a directory laid out like its URL space: <c>checkpoint</c>, <c>tile/&lt;L&gt;/…</c> and
/// <c>tile/entries/…</c>. Read-only: unlike <see cref="FileSystemTileStore"/> it never creates or writes anything.
/// Thread-safe.
/// </summary>
public sealed class DirectoryTileReader : ITileReader
{
    /// <summary>Creates a reader over an existing directory.</summary>
    /// <param name="rootDirectory">The directory holding <c>checkpoint</c> and <c>tile/</c>.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public DirectoryTileReader(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
        RootDirectory = Path.GetFullPath(rootDirectory);
        if (!Directory.Exists(RootDirectory))
        {
            throw new DirectoryNotFoundException($"The log directory '{RootDirectory}' does not exist.");
        }
    }

    /// <summary>The directory, as a full path.</summary>
    public string RootDirectory { get; }

    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TileStorePaths.IsSafeRelative(path))
        {
            throw new ArgumentException($"'{path}' is not a safe relative resource path.", nameof(path));
        }

        try
        {
            return await File.ReadAllBytesAsync(Path.Combine(RootDirectory, path.Replace('/', Path.DirectorySeparatorChar)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LedgerDataException(new LedgerError("tile.unreadable", $"The file cannot be read: {e.Message}", path));
        }
    }
}
