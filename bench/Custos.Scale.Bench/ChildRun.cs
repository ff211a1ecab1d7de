using System.Diagnostics;
using System.Globalization;

namespace Custos.Scale.Bench;

/// <summary>A child process run to completion: its exit code, wall time, peak resident set (VmHWM) and output.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Elapsed, long PeakRssBytes, string Output)
{
    /// <summary>
    /// Runs <paramref name="file"/> and samples <c>/proc/&lt;pid&gt;/status</c> every 100 ms: VmHWM is the kernel's own
    /// high-water mark of the resident set, so the last sample before exit is the peak (to within the last 100 ms).
    /// </summary>
    public static async Task<ChildRun> RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(100));
        }

        await process.WaitForExitAsync();
        return new ChildRun(process.ExitCode, clock.Elapsed, peak, output.ToString());
    }

    private static long ReadHighWaterMark(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }

        return 0;
    }
}
