namespace Custos.Ledger.Tiles;

/// <summary>Reads and writes tlog-tiles resources. Implementations must never replace a full tile with different bytes.</summary>
public interface ITileStore : ITileReader
{
    /// <summary>Writes the resource at <paramref name="path"/>, replacing a partial tile or bundle atomically.</summary>
    /// <param name="path">The path relative to the log prefix.</param>
    /// <param name="data">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are stored.</returns>
    ValueTask WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}
