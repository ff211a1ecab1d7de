namespace Custos.Domain.Preservation;

/// <summary>Where a preservation stands on a day (stored kebab-case, never renamed).</summary>
public enum PreservationState
{
    /// <summary>The snapshot is kept; nothing is produced.</summary>
    Active = 1,

    /// <summary>The period ended without formal process: the snapshot is released (deleted).</summary>
    Expired = 2,

    /// <summary>Formal process arrived while the snapshot was kept: a production draws on the snapshot.</summary>
    Converted = 3,
}
