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
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var stream = new FileStream(path, options);
                stream.Write(create());
                stream.Flush(flushToDisk: true);
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
            throw new InvalidDataException($"The key file {path} is damaged: {ex.Message} See docs/ledger.md, 'Losing a key'.", ex);
        }
    }
}
