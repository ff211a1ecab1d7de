namespace Custos.Application.Ledger;

/// <summary>
/// The <c>checkpoint</c> file beside the tiles in the ledger folder (SQLite), so that a copy of the folder can be
/// verified offline. It is a copy of the published state in the database, written again from it whenever the ledger is
/// opened, so it is replaced atomically (a temporary file renamed) but not synced to disk on its own; the tiles it
/// names are, before the checkpoint is published.
/// </summary>
internal static class LedgerCheckpointFile
{
    public const string FileName = "checkpoint";

    public static async Task WriteAsync(string ledgerDirectory, string note, CancellationToken cancellationToken)
    {
        var path = Path.Combine(ledgerDirectory, FileName);
        // Unique: a leader that has just been replaced may still be writing its own.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(note), cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
