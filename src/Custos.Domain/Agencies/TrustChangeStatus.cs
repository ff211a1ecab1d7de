namespace Custos.Domain.Agencies;

/// <summary>Where a proposed trust decision stands (stored kebab-case; never renamed).</summary>
public enum TrustChangeStatus
{
    /// <summary>Proposed; waits for a second person.</summary>
    Pending = 1,
    /// <summary>Approved by a second person and applied.</summary>
    Approved = 2,
    /// <summary>Rejected by a second person; nothing was applied.</summary>
    Rejected = 3,
}
