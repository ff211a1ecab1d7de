using System.Net;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// The outcome of <see cref="CheckpointWitness.AddCheckpointAsync(AddCheckpointRequest, CancellationToken)"/>: cosignatures,
/// or a refusal with its reason, mapped one to one onto the tlog-witness HTTP responses.
/// </summary>
public sealed class AddCheckpointResult
{
    private AddCheckpointResult(AddCheckpointStatus status, IReadOnlyList<NoteSignature> cosignatures, ulong? knownSize, LedgerError? error)
    {
        Status = status;
        Cosignatures = cosignatures;
        KnownSize = knownSize;
        Error = error;
    }

    /// <summary>What the witness decided.</summary>
    public AddCheckpointStatus Status { get; }

    /// <summary>Whether the checkpoint was cosigned.</summary>
    public bool IsCosigned => Status == AddCheckpointStatus.Cosigned;

    /// <summary>The witness's cosignatures on success; empty otherwise.</summary>
    public IReadOnlyList<NoteSignature> Cosignatures { get; }

    /// <summary>The size the witness last cosigned for the log, on a <see cref="AddCheckpointStatus.SizeConflict"/>.</summary>
    public ulong? KnownSize { get; }

    /// <summary>Why the checkpoint was refused; <see langword="null"/> on success.</summary>
    public LedgerError? Error { get; }

    /// <summary>The HTTP status code C2SP tlog-witness prescribes for this outcome.</summary>
    public HttpStatusCode HttpStatus => Status switch
    {
        AddCheckpointStatus.Cosigned => HttpStatusCode.OK,
        AddCheckpointStatus.BadRequest => HttpStatusCode.BadRequest,
        AddCheckpointStatus.Forbidden => HttpStatusCode.Forbidden,
        AddCheckpointStatus.UnknownLog => HttpStatusCode.NotFound,
        AddCheckpointStatus.SizeConflict or AddCheckpointStatus.SplitView => HttpStatusCode.Conflict,
        AddCheckpointStatus.InvalidProof => HttpStatusCode.UnprocessableEntity,
        _ => throw new InvalidOperationException($"Unknown status {Status}."),
    };

    /// <summary>A successful outcome.</summary>
    /// <param name="cosignatures">The witness's cosignatures on the checkpoint.</param>
    /// <returns>The result.</returns>
    public static AddCheckpointResult Cosigned(IReadOnlyList<NoteSignature> cosignatures)
    {
        ArgumentNullException.ThrowIfNull(cosignatures);
        return new(AddCheckpointStatus.Cosigned, cosignatures, null, null);
    }

    /// <summary>A size conflict: the request's old size is not <paramref name="knownSize"/>.</summary>
    /// <param name="knownSize">The size the witness last cosigned (0 if none).</param>
    /// <param name="requestedOldSize">The old size the request claimed.</param>
    /// <returns>The result.</returns>
    public static AddCheckpointResult SizeConflict(ulong knownSize, ulong requestedOldSize) =>
        new(AddCheckpointStatus.SizeConflict, [], knownSize, new LedgerError(
            "witness.old-size-mismatch", $"The old size {requestedOldSize} is not the size {knownSize} this witness last cosigned for the log."));

    /// <summary>Any other refusal.</summary>
    /// <param name="status">The refusal status (not <see cref="AddCheckpointStatus.Cosigned"/> or <see cref="AddCheckpointStatus.SizeConflict"/>).</param>
    /// <param name="error">Why.</param>
    /// <returns>The result.</returns>
    public static AddCheckpointResult Refused(AddCheckpointStatus status, LedgerError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (status is AddCheckpointStatus.Cosigned or AddCheckpointStatus.SizeConflict)
        {
            throw new ArgumentException("Use Cosigned or SizeConflict for those outcomes.", nameof(status));
        }

        return new(status, [], null, error);
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"{Status}" : $"{Status}: {Error}";
}
