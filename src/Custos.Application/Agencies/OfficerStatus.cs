namespace Custos.Application.Agencies;

/// <summary>The stored states of an officer account. Stable strings: they are stored and written to the ledger.</summary>
public static class OfficerStatus
{
    /// <summary>Registered; waits for the agency's out-of-band verification or an analyst's activation.</summary>
    public const string Pending = "pending";

    /// <summary>May sign in to the portal (unless the agency's verification has since failed).</summary>
    public const string Active = "active";

    /// <summary>Switched off by staff; cannot sign in.</summary>
    public const string Disabled = "disabled";
}
