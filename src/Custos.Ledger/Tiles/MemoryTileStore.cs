using System.Collections.Concurrent;

namespace Custos.Ledger.Tiles;

/// <summary>An in-memory <see cref="ITileStore"/>, for tests, benchmarks and caches. Thread-safe.</summary>
public sealed class MemoryTileStore : ITileStore
{
    private readonly ConcurrentDictionary<string, byte[]> _resources = new(StringComparer.Ordinal);

    /// <summary>The number of stored resources.</summary>
    public int Count => _resources.Count;

    /// <summary>The stored paths.</summary>
    public IEnumerable<string> Paths => _resources.Keys;

    /// <inheritdoc />
    public ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ValueTask.FromResult(_resources.TryGetValue(path, out var data) ? data : null);
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var copy = data.ToArray();
        if (TileStorePaths.IsImmutable(path))
        {
            var stored = _resources.GetOrAdd(path, copy);
            if (!stored.AsSpan().SequenceEqual(copy))
            {
                throw new InvalidOperationException($"Refusing to rewrite full tile '{path}' with different bytes.");
            }
        }
        else
        {
            _resources[path] = copy;
        }

        return ValueTask.CompletedTask;
    }
}
