using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Custos.TestSupport;

/// <summary>
/// A TCP relay on loopback in front of a real server (PostgreSQL, say): clients connect to <see cref="Port"/> and talk to
/// the target through it. <see cref="CutAsync"/> plays the server going away: the relay stops listening and drops every
/// connection, so new connections are refused and open ones fail, as when the database host dies.
/// </summary>
public sealed class LoopbackTcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _connections = [];
    private readonly Task _accepting;

    private LoopbackTcpRelay(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Starts relaying 127.0.0.1:<see cref="Port"/> to <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static LoopbackTcpRelay To(string host, int port) => new(host, port);

    /// <summary>Stops listening and closes every relayed connection.</summary>
    public async Task CutAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CutAsync();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var target = new TcpClient();
        _connections.Add(client);
        _connections.Add(target);
        try
        {
            await target.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            var up = client.GetStream().CopyToAsync(target.GetStream(), _stop.Token);
            var down = target.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // One side went away; close both.
        }
        finally
        {
            client.Dispose();
            target.Dispose();
        }
    }
}
