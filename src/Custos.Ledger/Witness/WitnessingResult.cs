using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// The outcome of <see cref="WitnessedCheckpointPublisher.CosignAsync"/>: the checkpoint with a quorum of verified
/// cosignatures appended, or a failure listing the witnesses that did not cosign (the caller keeps publishing the
/// previous checkpoint).
/// </summary>
public sealed class WitnessingResult
{
    private WitnessingResult(string? cosignedNote, IReadOnlyDictionary<string, NoteSignature> cosignatures, IReadOnlyList<WitnessFailure> failures, LedgerError? error)
    {
        CosignedNote = cosignedNote;
        Cosignatures = cosignatures;
        Failures = failures;
        Error = error;
    }

    /// <summary>Whether a quorum cosigned.</summary>
    public bool IsSuccess => CosignedNote is not null;

    /// <summary>The signed checkpoint note with the verified cosignature lines appended; <see langword="null"/> on failure.</summary>
    public string? CosignedNote { get; }

    /// <summary>The verified cosignature of each witness that cosigned, by witness name (also on failure).</summary>
    public IReadOnlyDictionary<string, NoteSignature> Cosignatures { get; }

    /// <summary>The witnesses that did not cosign, and why (may be non-empty on success, below the quorum's slack).</summary>
    public IReadOnlyList<WitnessFailure> Failures { get; }

    /// <summary>The overall reason on failure; <see langword="null"/> on success.</summary>
    public LedgerError? Error { get; }

    /// <summary>A success.</summary>
    /// <param name="cosignedNote">The note with cosignatures appended.</param>
    /// <param name="cosignatures">The verified cosignatures by witness name.</param>
    /// <param name="failures">The witnesses that did not cosign.</param>
    /// <returns>The result.</returns>
    public static WitnessingResult Success(string cosignedNote, IReadOnlyDictionary<string, NoteSignature> cosignatures, IReadOnlyList<WitnessFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(cosignedNote);
        return new(cosignedNote, cosignatures, failures, null);
    }

    /// <summary>A failure.</summary>
    /// <param name="error">The overall reason.</param>
    /// <param name="cosignatures">The cosignatures that were obtained, too few for the quorum.</param>
    /// <param name="failures">The witnesses that did not cosign.</param>
    /// <returns>The result.</returns>
    public static WitnessingResult Failure(LedgerError error, IReadOnlyDictionary<string, NoteSignature> cosignatures, IReadOnlyList<WitnessFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, cosignatures, failures, error);
    }

    /// <inheritdoc />
    public override string ToString() => IsSuccess
        ? $"Cosigned by {string.Join(", ", Cosignatures.Keys)}"
        : $"{Error}; {string.Join("; ", Failures)}";
}
