using System.Data.Common;

namespace Custos.Storage;

/// <summary>
/// A transaction on a plain connection (<see cref="CustosDatabase.BeginPlainWriteAsync"/>), holding the process's SQLite
/// write gate while it lasts. Disposing it without <see cref="CommitAsync"/> rolls it back.
/// </summary>
public sealed class PlainWrite : IAsyncDisposable
{
    private readonly Action? exitGate;
    private bool disposed;

    internal PlainWrite(DbConnection connection, DbTransaction transaction, Action? exitGate)
    {
        Connection = connection;
        Transaction = transaction;
        this.exitGate = exitGate;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The transaction every command of the write runs in.</summary>
    public DbTransaction Transaction { get; }

    /// <summary>Commits the transaction.</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    /// <summary>Ends the transaction (rolled back unless committed), closes the connection and releases the gate.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            exitGate?.Invoke();
        }
    }
}
