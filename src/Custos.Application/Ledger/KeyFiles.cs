namespace Custos.Application.Ledger;

/// <summary>Secret key files: created once with owner-only permissions, never overwritten, read on every start.</summary>
public static class KeyFiles
{
    public static T LoadOrCreate<T>(string path, Func<byte[]> create, Func<byte[], T> parse)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(parse);
        if (!File.Exists(path))
        {
            try
            {
                WriteNew(path, create());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        try
        {
            return parse(File.ReadAllBytes(path));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"The key file {path} is damaged: {ex.Message} See docs/ledger.md, 'Keys'.", ex);
        }
    }

    /// <summary>
    /// Writes a new secret file readable and writable by its owner only (its folder too, if it has to be created), and
    /// flushes it to disk. Never replaces an existing file: throws <see cref="IOException"/> instead.
    /// </summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }
}
