using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Verification;

/// <summary>A reader over a store that replaces or hides chosen resources, as a dishonest log server would.</summary>
internal sealed class TamperingReader(ITileReader inner) : ITileReader
{
    public Dictionary<string, byte[]?> Overrides { get; } = new(StringComparer.Ordinal);

    public ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken) =>
        Overrides.TryGetValue(path, out var data) ? ValueTask.FromResult(data) : inner.ReadAsync(path, cancellationToken);
}
