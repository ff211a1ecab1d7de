using System.Runtime.InteropServices;

namespace Custos.Ledger.Witness;

/// <summary>
/// Flushes a directory's entries to disk (open + fsync on the directory), so that a rename into it survives a crash.
/// .NET cannot open a directory as a file, hence the two libc calls. A no-op on Windows.
/// </summary>
internal static partial class DirectorySync
{
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(directory, 0);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Cannot flush directory '{directory}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
