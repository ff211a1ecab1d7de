namespace Custos.Application.Ledger;

/// <summary>Where the ledger lives and how it publishes. Validated at start-up.</summary>
public sealed record LedgerOptions
{
    public const string DefaultOrigin = "custos.local/ledger";

    /// <summary>The log's origin line (and its signing key's name), e.g. <c>transparency.exchange.example/custos</c>.</summary>
    public string Origin { get; init; } = DefaultOrigin;

    /// <summary>The folder holding <c>checkpoint</c> and <c>tile/</c>.</summary>
    public required string LedgerDirectory { get; init; }

    /// <summary>The folder holding the signing and identifier keys (owner-only).</summary>
    public required string KeysDirectory { get; init; }

    /// <summary>Most entries sequenced in one database transaction.</summary>
    public int MaxBatch { get; init; } = 4096;

    /// <summary>
    /// How long the integrator, woken by a commit, waits for more before it sequences and publishes: a short coalescing
    /// window, so that a checkpoint follows a commit within tens of milliseconds. Under load rounds follow one another
    /// without waiting, each taking everything committed meanwhile.
    /// </summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Entries that end a batch window early.</summary>
    public int BatchEntries { get; init; } = 256;

    /// <summary>
    /// The witnesses that must cosign a checkpoint before it is published, and how many of them (C2SP tlog-witness);
    /// null publishes checkpoints signed by the log alone.
    /// </summary>
    public Custos.Ledger.Witness.WitnessingOptions? Witnessing { get; init; }

    public static LedgerOptions ForDataDirectory(string dataDirectory, string? origin = null, Custos.Ledger.Witness.WitnessingOptions? witnessing = null) => new()
    {
        Origin = string.IsNullOrWhiteSpace(origin) ? DefaultOrigin : origin,
        LedgerDirectory = Path.Combine(dataDirectory, "ledger"),
        KeysDirectory = Path.Combine(dataDirectory, "keys"),
        Witnessing = witnessing,
    };

    /// <summary>An origin is printable ASCII without spaces or '+' (it is also the key name), at most 255 characters.</summary>
    public static bool IsValidOrigin(string? origin) =>
        !string.IsNullOrEmpty(origin) && origin.Length <= 255 && origin.All(c => c is > ' ' and <= '~' and not '+');
}
