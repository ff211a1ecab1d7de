namespace Custos.Application.Ledger;

/// <summary>
/// Leadership of one machine's data folder: the process that holds the ledger folder's <c>.integrator.lock</c> (an
/// exclusive open, released by the operating system when the process ends, however it ends) is the leader. Used with
/// SQLite, where every process of a data folder runs on one machine.
/// </summary>
public sealed class LedgerFolderLeadership(LedgerOptions options) : ILedgerLeadership, IDisposable
{
    private readonly Lock _gate = new();
    private FileStream? _lock;

    public bool IsLeader => Volatile.Read(ref _lock) is not null;

    public ValueTask<bool> TryLeadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lock is not null)
            {
                return ValueTask.FromResult(true);
            }

            try
            {
                Directory.CreateDirectory(options.LedgerDirectory);
                Volatile.Write(ref _lock, new FileStream(
                    Path.Combine(options.LedgerDirectory, ".integrator.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                return ValueTask.FromResult(true);
            }
            catch (IOException)
            {
                return ValueTask.FromResult(false);
            }
            catch (UnauthorizedAccessException)
            {
                return ValueTask.FromResult(false);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _lock?.Dispose();
            _lock = null;
        }
    }
}
