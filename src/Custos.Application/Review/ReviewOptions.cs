namespace Custos.Application.Review;

/// <summary>
/// Settings of review, production and notice that are the platform's, not the law's: its name as it signs notices,
/// where customers check the ledger, and the period within which formal process must follow an emergency disclosure.
/// </summary>
public sealed record ReviewOptions
{
    /// <summary>The platform's name, as notices sign.</summary>
    public string PlatformName { get; init; } = "Custos";

    /// <summary>The public address of this installation (the customer's proof page and the ledger are under it).</summary>
    public string PublicUrl { get; init; } = "http://127.0.0.1:5080";

    /// <summary>
    /// How long after an emergency disclosure the formal process must arrive before the follow-up is flagged as missed.
    /// US practice asks for it "promptly"; the default is 30 days, a setting for the legal team to change.
    /// </summary>
    public TimeSpan EmergencyFollowUpWithin { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The page where a customer checks whether their data was disclosed; by default this installation's <c>/disclosures</c>.</summary>
    public string? CheckUrl { get; init; }

    /// <summary>The check page in effect.</summary>
    public string CheckPage => CheckUrl ?? PublicUrl.TrimEnd('/') + "/disclosures";

    /// <summary>
    /// The customer's proof page, <c>&lt;PublicUrl&gt;/disclosures</c>: where a customer sees, with their account id and
    /// disclosure code, every disclosure about them or the proof that there was none. Notices point to it.
    /// </summary>
    public string ProofPage => PublicUrl.TrimEnd('/') + "/disclosures";

    /// <summary>The ledger's base URL (checkpoint and tiles).</summary>
    public string LedgerUrl => PublicUrl.TrimEnd('/') + "/ledger";
}
