using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Custos.Ledger.Notes;
using Npgsql;

namespace Custos.Cli.Tests;

/// <summary>
/// One <c>custos serve</c> process (<c>dotnet custos.dll</c>, as a user runs it) on a free loopback port, with its console
/// output kept for a failing test; and the command-line steps the node tests share.
/// </summary>
internal sealed class ServeNode : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeNode(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public bool Killed { get; private set; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <c>custos serve</c> on <paramref name="data"/> and <paramref name="database"/> (null: the SQLite file in the data folder), with <paramref name="options"/> added.</summary>
    public static ServeNode Start(string data, string? database, params string[] options)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "custos.dll"), "serve", .. Where(data, database), "--port", port.ToString(CultureInfo.InvariantCulture), "--log-format", "json", .. options];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var node = new ServeNode(process, port);
        process.OutputDataReceived += (_, line) => node.Append(line.Data);
        process.ErrorDataReceived += (_, line) => node.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    public async Task WaitReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"custos serve on port {Port} exited ({_process.ExitCode}):\n{Log}");
            }

            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"custos serve on port {Port} was not ready within 60 s:\n{Log}");
    }

    /// <summary>Polls <c>/health/ready</c> until it is (or is not) 200; the time that took, or null at the limit.</summary>
    public async Task<TimeSpan?> WaitForReadinessAsync(bool ready, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if ((response.StatusCode == HttpStatusCode.OK) == ready)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // No answer is not ready.
                if (!ready)
                {
                    return clock.Elapsed;
                }
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>Polls the checkpoint until it covers <paramref name="size"/> entries; the size published then.</summary>
    public async Task<long> WaitForPublishedAsync(long size, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        long published;
        while ((published = await PublishedSizeAsync()) < size && clock.Elapsed < limit)
        {
            await Task.Delay(200);
        }

        return published;
    }

    /// <summary>The size of the checkpoint the node publishes.</summary>
    public async Task<long> PublishedSizeAsync()
    {
        var note = SignedNote.Parse(await Http.GetStringAsync("/ledger/checkpoint"));
        return (long)Checkpoint.Parse(note.Value.Text).Value.Size;
    }

    /// <summary>Runs <c>custos ledger verify</c> on the log the node serves, with the key it serves and the state file given.</summary>
    public async Task<(int Code, string Output, string Errors)> VerifyLedgerAsync(string statePath)
    {
        var key = (await Http.GetStringAsync("/ledger/key")).Trim();
        return await CliRun.RunAsync(["ledger", "verify", "--url", $"http://127.0.0.1:{Port}/ledger/", "--key", key, "--state", statePath]);
    }

    /// <summary>SIGKILL: no shutdown, no released lock other than what the operating system and PostgreSQL do.</summary>
    public void Kill()
    {
        Killed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }

    /// <summary>A verified agency and its API key, made with the command line on the shared database.</summary>
    public static async Task<string> AgencyKeyAsync(string data, string? url)
    {
        var (added, _, addErrors) = await CliRun.RunAsync(
            ["agencies", "add", .. Where(data, url), "--name", "Drug Enforcement Administration", "--country", "US", "--type", "police", "--domain", "dea.gov"]);
        Assert.True(added == 0, addErrors);
        var (verified, _, verifyErrors) = await CliRun.RunAsync(
            ["agencies", "verify", "dea.gov", .. Where(data, url), "--method", "published-phone", "--note", "Called the number on dea.gov"]);
        Assert.True(verified == 0, verifyErrors);
        var (created, keyOutput, keyErrors) = await CliRun.RunAsync(["agencies", "key", "dea.gov", .. Where(data, url), "--name", "case system"]);
        Assert.True(created == 0, keyErrors);
        return keyOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    public static string PostgresUrl(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(builder.Password) ? "" : ":" + Uri.EscapeDataString(builder.Password);
        return $"postgres://{Uri.EscapeDataString(builder.Username!)}{password}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>The <c>--data</c> and, unless the SQLite default, <c>--database</c> options.</summary>
    public static string[] Where(string data, string? database) => database is null ? ["--data", data] : ["--data", data, "--database", database];

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
