namespace Custos.Application.Production;

/// <summary>
/// What proves a package to the agency: the production event as the ledger holds it (its entry, and the salt and details
/// that open its commitment), the signed checkpoint that includes it, and the inclusion proof of its leaf in that
/// checkpoint's tree. The caller reads them from the event's ledger row (<c>Entry</c>, <c>Salt</c>, <c>Details</c>,
/// <c>LeafIndex</c>), the published head (<c>CheckpointNote</c>, <c>Size</c>) and <c>LedgerReader.InclusionProofAsync</c>.
/// </summary>
public sealed record ProductionEvidence
{
    /// <summary>The signed checkpoint, a C2SP signed note.</summary>
    public required string CheckpointNote { get; init; }

    /// <summary>The event's leaf index.</summary>
    public required long LeafIndex { get; init; }

    /// <summary>The tree size of the checkpoint (the proof is for this size).</summary>
    public required long TreeSize { get; init; }

    /// <summary>The RFC 9162 inclusion path of the leaf in the tree of <see cref="TreeSize"/>.</summary>
    public required IReadOnlyList<byte[]> InclusionProof { get; init; }

    /// <summary>The event's log entry (<c>custos-event/v1</c>), exactly as logged.</summary>
    public required byte[] Entry { get; init; }

    /// <summary>The 32-byte salt of the event's commitment.</summary>
    public required byte[] Salt { get; init; }

    /// <summary>The event's details (JSON), exactly as committed; they name the manifest's SHA-256.</summary>
    public required string Details { get; init; }
}
