using Custos.Storage;

namespace Custos.Bench;

/// <summary>A database made for one measurement (and a folder for its files), removed when disposed.</summary>
internal sealed class FreshDatabase(CustosDatabase database, string folder, Func<Task>? drop) : IAsyncDisposable
{
    public CustosDatabase Database { get; } = database;

    /// <summary>The data folder: the SQLite file and ledger tiles, or on PostgreSQL only the keys.</summary>
    public string Folder { get; } = folder;

    public async ValueTask DisposeAsync()
    {
        if (drop is not null)
        {
            await drop();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the temp folder is cleaned by the OS eventually.
        }
    }
}
