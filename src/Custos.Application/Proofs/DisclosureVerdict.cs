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
    /// <summary>The account whose index key <see cref="Key"/> was shown to be, or null when nobody said whose it is.</summary>
    public string? AccountId { get; init; }

    /// <summary>Whether the key was checked with the code the customer gave (not only the code the file carries).</summary>
    public bool CodeGiven { get; init; }

    /// <summary>
    /// The one-line verdict: "N disclosures up to checkpoint S: …" or "no disclosure up to checkpoint S", and, when the key
    /// was checked against an account, whose it is.
    /// </summary>
    public string Summary => (Events.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"no disclosure up to checkpoint {CheckpointSize} (index of the first {LogSize} entries)")
        : string.Create(CultureInfo.InvariantCulture, $"{Events.Count} {(Events.Count == 1 ? "disclosure" : "disclosures")} up to checkpoint {CheckpointSize} (index of the first {LogSize} entries): ")
            + string.Join(", ", Events.Select(e => e.TypeName + " " + e.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
        + (AccountId is null ? "" : $"; the key is account {AccountId}'s ({(CodeGiven ? "checked with the code given" : "by the code in the file")})");
}
