using System.Data.Common;
using System.Net.Sockets;
using Custos.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Custos.Application.Ledger;

/// <summary>
/// Leadership of several nodes on one PostgreSQL database: the node that holds a session-level advisory lock on a
/// dedicated connection of its own (unpooled, so that closing it really ends the session) is the leader.
/// PostgreSQL releases the lock when that session ends — at once when the process is killed (its socket closes), and
/// within about <see cref="DeadClientDetection"/> when the machine or the network dies (server-side TCP keepalives set on
/// the session). Every <see cref="TryLeadAsync"/> asks the server whether this session still holds the lock (a query
/// bounded by <see cref="CheckTimeout"/>); a connection that fails or does not answer in time is dropped and the node
/// stops leading, before the server can have handed the lock to anyone else. Followers try to take the lock on each call.
/// </summary>
public sealed partial class PostgresAdvisoryLeadership(CustosDatabase database, ILogger<PostgresAdvisoryLeadership> logger)
    : ILedgerLeadership, IAsyncDisposable
{
    /// <summary>The advisory lock's key: (class, object) = ("Cust" in ASCII, 1: the ledger).</summary>
    public const int LockClass = 0x43757374;

    /// <inheritdoc cref="LockClass"/>
    public const int LockObject = 1;

    /// <summary>How long a leadership check (or taking the lock) may take before this node gives up the leadership.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long PostgreSQL takes at most to notice a silent client: keepalive idle 5 s, then 3 probes 2 s apart.</summary>
    public static readonly TimeSpan DeadClientDetection = TimeSpan.FromSeconds(11);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString)
    {
        Pooling = false,
        ApplicationName = "custos-leadership",
        Timeout = (int)CheckTimeout.TotalSeconds,
        CommandTimeout = (int)CheckTimeout.TotalSeconds,
        TcpKeepAlive = true,
        KeepAlive = 5,
    }.ConnectionString;

    private NpgsqlConnection? _connection;
    private volatile bool _leader;

    public bool IsLeader => _leader;

    public async ValueTask<bool> TryLeadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            try
            {
                _connection ??= await OpenAsync(timeout.Token);
                var held = _leader
                    ? await ScalarAsync<bool>(
                        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted " +
                        "AND classid::bigint = @class AND objid::bigint = @object AND objsubid = 2)", timeout.Token)
                    : await ScalarAsync<bool>("SELECT pg_try_advisory_lock(@class, @object)", timeout.Token);
                if (held != _leader)
                {
                    if (held)
                    {
                        LogTookLeadership(logger, await ScalarAsync<int>("SELECT pg_backend_pid()", timeout.Token));
                    }
                    else
                    {
                        LogLostLeadership(logger, "the lock is no longer held by this session");
                        await DropAsync();
                    }
                }

                _leader = held;
            }
            catch (Exception ex) when (ex is DbException or IOException or SocketException or TimeoutException or InvalidOperationException
                || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The database cannot be reached or did not answer in time: stop leading now. If the session is in fact
                // alive the lock is released with it here; if not, the server releases it when it notices.
                if (_leader)
                {
                    LogLostLeadership(logger, ex.GetType().Name);
                }

                _leader = false;
                await DropAsync();
            }

            return _leader;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Let the server find a dead client by itself (these settings apply to TCP connections, not Unix sockets).
            command.CommandText = "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("object", LockObject);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task DropAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _leader = false;
            await DropAsync();
        }
        finally
        {
            _gate.Release();
        }

        _gate.Dispose();
    }

    [LoggerMessage(1, LogLevel.Information, "This node now leads the ledger (PostgreSQL advisory lock held by backend {BackendPid})")]
    private static partial void LogTookLeadership(ILogger logger, int backendPid);

    [LoggerMessage(2, LogLevel.Warning, "This node no longer leads the ledger ({Reason}); another node may take over")]
    private static partial void LogLostLeadership(ILogger logger, string reason);
}
