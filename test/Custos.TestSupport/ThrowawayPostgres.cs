using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Custos.TestSupport;

/// <summary>
/// A PostgreSQL server of a test's own (Debian's server programs, as <c>.ci/postgres.sh</c> runs them), on a free port and
/// in its own folder, so that a fault test can stop and start it without touching the shared server of the other tests.
/// <para>
/// <see cref="CrashAsync"/> stops it the way a crash does (<c>pg_ctl -m immediate</c>: no checkpoint, recovery from the
/// write-ahead log at the next start). Commits are synchronous (<c>synchronous_commit=on</c>), so that a commit
/// acknowledged is in the write-ahead log the kernel holds; <c>fsync=off</c> only gives up durability against the
/// machine itself crashing, which no test does.
/// </para>
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;

    private ThrowawayPostgres(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server programs (<c>initdb</c>, <c>pg_ctl</c>), or null when PostgreSQL is not installed.</summary>
    public static string? ServerPrograms =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .LastOrDefault()
            : null;

    /// <summary>Why a test of its own server cannot run here, or null when it can.</summary>
    public static string? Unavailable =>
        ServerPrograms is null ? "PostgreSQL's server programs are not under /usr/lib/postgresql (apt-get install postgresql)."
        : !OperatingSystem.IsLinux() ? "Needs Linux."
        : null;

    /// <summary>The connection string of the database <c>postgres</c> as the superuser.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    /// <summary>The same as a <c>postgres://</c> URL, as <c>custos serve --database</c> takes it.</summary>
    public string Url => $"postgres://postgres@127.0.0.1:{Port}/postgres";

    /// <summary>Creates a cluster in a new folder and starts it; throws with the server's log when it cannot.</summary>
    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = ServerPrograms ?? throw new InvalidOperationException(Unavailable);
        var directory = Path.Combine("/tmp", "custos-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var server = new ThrowawayPostgres(bin, directory, FreePort());
        if (Environment.UserName == "root")
        {
            // initdb refuses root: the cluster belongs to the postgres user.
            await server.RunAsync("chown", "postgres:postgres", directory);
        }

        await server.AsPostgresAsync(Path.Combine(bin, "initdb"), "-D", server.DataDirectory, "-A", "trust", "-U", "postgres");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the stopped server again on the same port and data; returns once it accepts connections.</summary>
    public Task StartAgainAsync() => AsPostgresAsync(
        Path.Combine(_bin, "pg_ctl"), "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "start", "-o",
        $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on -c max_connections=100");

    /// <summary>Stops the server as a crash would: every backend is killed, every connection dropped, nothing checkpointed.</summary>
    public Task CrashAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDirectory, "-m", "immediate", "-w", "stop");

    /// <summary>The server's log, for a failing test's output.</summary>
    public string Log => File.Exists(Path.Combine(_directory, "server.log")) ? File.ReadAllText(Path.Combine(_directory, "server.log")) : "";

    private string DataDirectory => Path.Combine(_directory, "data");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CrashAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task AsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}{await errors}\n{Log}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
