namespace Custos.Storage.Entities;

/// <summary>What one customer was last screened on, so that a rescreen screens only what changed.</summary>
public sealed class SanctionsScreeningRecord
{
    public required string AccountId { get; init; }
    /// <summary>The fingerprint of the customer's screened facts (names, date of birth, nationality, wallets).</summary>
    public required string Fingerprint { get; set; }
    /// <summary>The key of the contents of the lists screened against.</summary>
    public required string ListsKey { get; set; }
    public required DateTimeOffset ScreenedAt { get; set; }
}
