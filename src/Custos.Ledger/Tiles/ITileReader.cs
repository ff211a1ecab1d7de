namespace Custos.Ledger.Tiles;

/// <summary>Reads tlog-tiles resources by path (an HTTP client, a directory, memory).</summary>
public interface ITileReader
{
    /// <summary>Reads the resource at <paramref name="path"/> (for example <c>tile/0/x001/234</c>).</summary>
    /// <param name="path">The path relative to the log prefix.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or <see langword="null"/> when the resource does not exist.</returns>
    ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);
}
