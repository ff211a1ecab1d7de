using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Custos.TestSupport;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (<c>python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c
/// aiosmtpd.handlers.Mailbox DIR</c>), which stores every message it accepts in a Maildir, with the envelope recipients
/// in an <c>X-RcptTo</c> header. It can be stopped and started again on the same port, to play a server that is down.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    /// <summary>Debian's Python, which has the module (another <c>python3</c> earlier on PATH may not).</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> Available = new(() =>
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true, UseShellExecute = false })!;
        check.WaitForExit(30_000);
        return check.HasExited && check.ExitCode == 0;
    });

    private readonly string _directory = TestEnvironment.NewTempDirectory("smtp");
    private Process? _process;

    private LoopbackSmtpServer(int port) => Port = port;

    /// <summary>Whether <see cref="Python"/> can run aiosmtpd.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>The port it listens on (or will).</summary>
    public int Port { get; }

    /// <summary>Its address as Custos's <c>--smtp</c> setting takes it.</summary>
    public string Url => $"smtp://127.0.0.1:{Port}";

    /// <summary>The Maildir the messages go to.</summary>
    public string Maildir => Path.Combine(_directory, "mbox");

    /// <summary>A server on a free port, not yet started (nothing listens there until <see cref="StartAsync"/>).</summary>
    public static LoopbackSmtpServer OnFreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new LoopbackSmtpServer(port);
    }

    /// <summary>A server on a free port, started.</summary>
    public static async Task<LoopbackSmtpServer> StartNewAsync()
    {
        var server = OnFreePort();
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server and waits (up to 15 s) until it answers with its greeting.</summary>
    public async Task StartAsync()
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException($"{Python} cannot import aiosmtpd: install Debian's python3-aiosmtpd (CUSTOS_REQUIRE_SMTP=1 makes this a failure, not a skip).");
        }

        _process = Process.Start(new ProcessStartInfo(Python,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited at start with code {_process.ExitCode}.");
            }

            if (await GreetsAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"aiosmtpd did not answer on port {Port} within 15 s.");
    }

    /// <summary>Stops the server; the port is then closed (connections are refused).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far, parsed, in no particular order.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).ToArray()
            : [];
    }

    /// <summary>Waits (up to 30 s) until at least <paramref name="count"/> messages have arrived, and returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var messages = Messages();
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} messages reached the SMTP server within 30 s (got {Messages().Count}).");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test on clean-up.
        }
    }

    private async Task<bool> GreetsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            using var reader = new StreamReader(client.GetStream());
            var greeting = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(2));
            return greeting?.StartsWith("220", StringComparison.Ordinal) == true;
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
