namespace Custos.Domain.Decisions;

/// <summary>Where a production stands (stored kebab-case, never renamed).</summary>
public enum ProductionStatus
{
    /// <summary>Built and recorded; waiting for its <c>production.created</c> event to be in a signed checkpoint before it is sealed.</summary>
    PendingCheckpoint = 1,

    /// <summary>Sealed to the agency's certificate; the plain archive is gone and the agency may download the package.</summary>
    Released = 2,
}
