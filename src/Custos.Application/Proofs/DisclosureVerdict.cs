using System.Globalization;
using Custos.Application.Ledger;

namespace Custos.Application.Proofs;

/// <summary>What a verified proof file shows: the key's disclosure events up to the revision, all in a signed checkpoint.</summary>
/// <param name="Key">The index key.</param>
/// <param name="CheckpointSize">The size of the signed checkpoint.</param>
/// <param name="LogSize">How many log entries the index revision covers.</param>
/// <param name="Events">The key's disclosure events, in log order.</param>
public sealed record DisclosureVerdict(string Key, long CheckpointSize, long LogSize, IReadOnlyList<LedgerEntry> Events)
{
    /// <summary>The one-line verdict: "N disclosures up to checkpoint S: …" or "no disclosure up to checkpoint S".</summary>
    public string Summary => Events.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"no disclosure up to checkpoint {CheckpointSize} (index of the first {LogSize} entries)")
        : string.Create(CultureInfo.InvariantCulture, $"{Events.Count} {(Events.Count == 1 ? "disclosure" : "disclosures")} up to checkpoint {CheckpointSize} (index of the first {LogSize} entries): ")
            + string.Join(", ", Events.Select(e => e.TypeName + " " + e.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
