namespace Custos.Domain.Agencies;

/// <summary>Where an agency officer's portal account stands. Stored and ledgered in kebab-case; never renamed.</summary>
public enum OfficerStatus
{
    /// <summary>Registered; waits for the agency's out-of-band verification or an analyst's activation.</summary>
    Pending = 1,
    /// <summary>May sign in to the portal.</summary>
    Active = 2,
    /// <summary>May no longer sign in.</summary>
    Disabled = 3,
}
