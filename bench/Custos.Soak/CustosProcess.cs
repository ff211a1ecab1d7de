using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Custos.Soak;

/// <summary>A <c>custos</c> command run as its own process (<c>dotnet custos.dll …</c>), its output kept for an error report.</summary>
internal sealed class CustosProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _standardOutput = [];

    private CustosProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "custos.dll");

    /// <summary>Starts <c>custos <paramref name="args"/></c> and leaves it running.</summary>
    public static CustosProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var running = new CustosProcess(process);
        process.OutputDataReceived += (_, line) => running.Keep(line.Data, standardOutput: true);
        process.ErrorDataReceived += (_, line) => running.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Runs <c>custos <paramref name="args"/></c> to the end; its standard output, or an exception with everything it wrote (both streams).</summary>
    public static async Task<string> RunAsync(params string[] args)
    {
        using var process = Start(args);
        await process._process.WaitForExitAsync();
        // The synchronous wait returns only once the asynchronous readers have taken the last lines of output (the
        // asynchronous one can return before, and a command's last line, such as a key, was then missing).
        process._process.WaitForExit();
        // Standard output alone: a note on standard error (read on another thread) can arrive after the output's last
        // line, which callers take as the command's result (a key).
        return process._process.ExitCode == 0
            ? process.StandardOutput
            : throw new InvalidOperationException($"custos {string.Join(' ', args)} exited {process._process.ExitCode}:\n{process.Output}");
    }

    private string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _standardOutput);
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Resident set size in MiB, from /proc (the process's own pages in memory now).</summary>
    public double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {_process.Id}.");
    }

    public bool HasExited => _process.HasExited;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="url"/> answers 200.</summary>
    public async Task WaitForAsync(HttpClient http, Uri url, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"custos exited ({_process.ExitCode}):\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} did not answer within {limit}:\n{Output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line, bool standardOutput = false)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
                if (standardOutput)
                {
                    _standardOutput.Add(line);
                }
            }
        }
    }
}
