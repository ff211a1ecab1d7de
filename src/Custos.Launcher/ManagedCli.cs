using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Custos.Launcher;

/// <summary>
/// The managed CLI (src/Custos.Cli), published into <see cref="Folder"/> beside this executable. On Linux and macOS it
/// replaces this process (execv), so the process id, signals, standard input and output and the exit code are all the
/// managed program's; on Windows, which has no exec, it runs as a child that this process waits for.
/// </summary>
internal static partial class ManagedCli
{
    /// <summary>The folder, beside the native <c>custos</c>, that holds the managed CLI.</summary>
    public const string Folder = "cli";

    /// <summary>Runs the managed CLI with <paramref name="args"/>: returns only on Windows, or when it cannot be started.</summary>
    public static int Run(string[] args)
    {
        var path = Path.Combine(AppContext.BaseDirectory, Folder, OperatingSystem.IsWindows() ? "custos.exe" : "custos");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"custos: {path} is missing; publish the managed CLI beside this program (README, \"Publishing the custos command\").");
            return 1;
        }

        if (OperatingSystem.IsWindows())
        {
            return StartAndWait(path, args);
        }

        Console.Error.WriteLine($"custos: cannot run {path}: {Exec(path, args)}");
        return 1;
    }

    /// <summary>Replaces this process with <paramref name="path"/>; returns only when that fails, with the reason.</summary>
    private static string Exec(string path, string[] args)
    {
        var argv = new nint[args.Length + 2];
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(path);
            for (var i = 0; i < args.Length; i++)
            {
                argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            Execv(argv[0], argv);
            return Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
        }
        finally
        {
            foreach (var pointer in argv)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    /// <summary>Runs <paramref name="path"/> as a child sharing this console, and returns its exit code.</summary>
    private static int StartAndWait(string path, string[] args)
    {
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Ctrl+C reaches the child too (it shares the console); this process stays to report how the child ended.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        try
        {
            using var process = Process.Start(start) ?? throw new Win32Exception();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Win32Exception ex)
        {
            Console.Error.WriteLine($"custos: cannot run {path}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>execv(3): <paramref name="argv"/> ends with a null pointer.</summary>
    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static partial int Execv(nint path, nint[] argv);
}
