using System.Collections.Concurrent;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Witness;

/// <summary>An <see cref="IWitnessStateStore"/> in memory, for tests: nothing survives the process.</summary>
public sealed class MemoryWitnessStateStore : IWitnessStateStore
{
    private readonly ConcurrentDictionary<string, TreeHead> _heads = new(StringComparer.Ordinal);

    /// <summary>How many writes the store has taken.</summary>
    public int WriteCount { get; private set; }

    /// <inheritdoc />
    public ValueTask<TreeHead?> ReadAsync(string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return ValueTask.FromResult(_heads.TryGetValue(origin, out var head) ? head with { RootHash = (byte[])head.RootHash.Clone() } : null);
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string origin, TreeHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(head);
        cancellationToken.ThrowIfCancellationRequested();
        _heads[origin] = head with { RootHash = (byte[])head.RootHash.Clone() };
        WriteCount++;
        return ValueTask.CompletedTask;
    }
}
