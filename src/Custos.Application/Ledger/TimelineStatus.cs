namespace Custos.Application.Ledger;

/// <summary>What checking an event against the published log found.</summary>
public enum TimelineStatus
{
    /// <summary>Not yet in a published checkpoint.</summary>
    Pending = 1,
    /// <summary>The entry in the log is the one recorded and its inclusion proof verifies against the signed checkpoint.</summary>
    Verified = 2,
    /// <summary>The log does not hold what was recorded, or the proof or checkpoint does not verify.</summary>
    Mismatch = 3,
}
