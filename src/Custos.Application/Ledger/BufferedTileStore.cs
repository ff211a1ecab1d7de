using Custos.Ledger.Tiles;

namespace Custos.Application.Ledger;

/// <summary>
/// The integrator's tiles in the ledger folder, written a batch at a time: the tiles an append touches are held in memory
/// and <see cref="FlushAsync"/> writes them all at once, concurrently, each through the folder store's own durable
/// write (a temporary file, flushed to disk, renamed). The syncs of one batch overlap instead of following one another,
/// so a round costs about one sync of the disk rather than one per tile. Reads see the held writes first. The integrator
/// flushes after every append and before it publishes, so a published checkpoint never refers to a tile not on disk.
/// </summary>
public sealed class BufferedTileStore(ITileStore inner) : ITileStore
{
    private readonly Dictionary<string, byte[]> _pending = new(StringComparer.Ordinal);

    /// <summary>The store written to.</summary>
    public ITileStore Inner => inner;

    /// <summary>Tiles written since the last <see cref="FlushAsync"/>.</summary>
    public int Pending => _pending.Count;

    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken) =>
        _pending.TryGetValue(path, out var pending) ? pending : await inner.ReadAsync(path, cancellationToken);

    public ValueTask WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        // A path names its content (a partial tile's width is in its path), so a path written twice holds the same bytes.
        _pending[path] = data.ToArray();
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes every held tile to the store, concurrently; they are forgotten once all are written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        await Task.WhenAll(_pending.Select(p => inner.WriteAsync(p.Key, p.Value, cancellationToken).AsTask()));
        _pending.Clear();
    }
}
