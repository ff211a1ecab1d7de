using System.Diagnostics;
using System.Globalization;

namespace Custos.Sanctions.Bench;

/// <summary>Runs the custos command as a child process and times it from start to exit.</summary>
internal static class Runner
{
    public static (double Milliseconds, string Output) Custos(BenchOptions options, params string[] args)
    {
        var start = new ProcessStartInfo(options.Custos) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("custos did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"custos {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
        }

        return (elapsed, output + error.Result);
    }

    public static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static string Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2].ToString("N0", CultureInfo.InvariantCulture) + " ms";
    }

    public static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string NewDataFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "custos-sanctions-bench", purpose + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
