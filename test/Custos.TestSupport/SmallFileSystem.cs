using System.Diagnostics;
using System.Globalization;

namespace Custos.TestSupport;

/// <summary>
/// A small file system of a test's own (a tmpfs of a fixed size, mounted on a new folder; needs root), which the test
/// fills to the last byte and frees again, to see what a service whose data folder is on it does when the disk is full.
/// </summary>
public sealed class SmallFileSystem : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);
    private readonly string _filler;

    private SmallFileSystem(string path)
    {
        Path = path;
        _filler = System.IO.Path.Combine(path, "filler");
    }

    /// <summary>Where it is mounted.</summary>
    public string Path { get; }

    /// <summary>Why a tmpfs cannot be mounted here (not root, no mount permission), or null when it can.</summary>
    public static string? Unavailable => Probe.Value;

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MiB on a new folder.</summary>
    public static SmallFileSystem Mount(int megabytes)
    {
        var path = System.IO.Path.Combine("/tmp", "custos-small-fs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={megabytes}m,mode=0700"), "tmpfs", path);
        return new SmallFileSystem(path);
    }

    /// <summary>Writes a file until the file system has not one byte left; returns how many bytes it took.</summary>
    public long Fill()
    {
        var chunk = new byte[64 * 1024];
        Random.Shared.NextBytes(chunk);
        long written = 0;
        using var stream = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 0);
        var size = chunk.Length;
        while (size > 0)
        {
            try
            {
                stream.Write(chunk, 0, size);
                written += size;
            }
            catch (IOException)
            {
                // No space for this much: try smaller writes until not even one byte fits.
                size /= 2;
            }
        }

        return written;
    }

    /// <summary>Deletes what <see cref="Fill"/> wrote.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "Mounting a tmpfs needs root on Linux.";
        }

        try
        {
            Mount(1).Dispose();
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return "Cannot mount a tmpfs here: " + ex.Message;
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {errors}");
        }
    }
}
