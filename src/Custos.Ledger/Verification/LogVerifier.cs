using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// Audits a tiled log from its signed checkpoint: checks the signature, authenticates every hash tile top-down from the
/// checkpoint root, recomputes every leaf hash from the entry bundles, and names the first bad tile or bundle. Also
/// checks that a new checkpoint is consistent with a previously verified tree, so rewritten history is detected.
/// </summary>
public sealed class LogVerifier
{
    private readonly ITileReader _reader;
    private readonly NoteVerifierKey _logKey;
    private readonly string? _expectedOrigin;

    /// <summary>Creates a verifier.</summary>
    /// <param name="reader">Reads tiles, bundles and checkpoints (HTTP, a directory, memory).</param>
    /// <param name="logKey">The log's verifier key.</param>
    /// <param name="expectedOrigin">When given, the checkpoint origin must equal it.</param>
    public LogVerifier(ITileReader reader, NoteVerifierKey logKey, string? expectedOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(logKey);
        _reader = reader;
        _logKey = logKey;
        _expectedOrigin = expectedOrigin;
    }

    /// <summary>Checks the checkpoint note's signature by the log key and parses the checkpoint.</summary>
    /// <param name="checkpointNote">The signed checkpoint note.</param>
    /// <returns>The checkpoint or an error.</returns>
    public LedgerResult<Checkpoint> VerifyCheckpointNote(string checkpointNote)
    {
        ArgumentNullException.ThrowIfNull(checkpointNote);
        var note = SignedNote.Parse(checkpointNote);
        if (!note.IsSuccess)
        {
            return note.Error;
        }

        var verified = note.Value.Verify([_logKey]);
        if (!verified.IsSuccess)
        {
            return verified.Error;
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        if (checkpoint.IsSuccess && _expectedOrigin is not null && !string.Equals(checkpoint.Value.Origin, _expectedOrigin, StringComparison.Ordinal))
        {
            return new LedgerError("checkpoint.origin", $"The checkpoint origin '{checkpoint.Value.Origin}' is not the expected '{_expectedOrigin}'.");
        }

        return checkpoint;
    }

    /// <summary>Verifies the whole log against a signed checkpoint.</summary>
    /// <param name="checkpointNote">The signed checkpoint note.</param>
    /// <param name="progress">Receives progress after each entry bundle.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The verified checkpoint, or the first error, naming the tile or bundle path.</returns>
    public async Task<LedgerResult<Checkpoint>> VerifyLogAsync(string checkpointNote, IProgress<LogVerificationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var checkpoint = VerifyCheckpointNote(checkpointNote);
        if (!checkpoint.IsSuccess)
        {
            return checkpoint;
        }

        var audit = new TreeAudit(_reader, checkpoint.Value.Size, progress);
        var result = await audit.RunAsync(checkpoint.Value.GetRootHash(), cancellationToken).ConfigureAwait(false);
        return result.IsValid ? checkpoint : result.Error!;
    }

    /// <summary>
    /// Verifies that <paramref name="current"/> extends the previously verified <paramref name="previous"/> tree, using a
    /// consistency proof built from the log's tiles.
    /// </summary>
    /// <param name="previous">A size and root verified earlier.</param>
    /// <param name="current">A checkpoint verified with <see cref="VerifyCheckpointNote"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The verdict.</returns>
    public async Task<VerificationResult> VerifyConsistencyAsync(TreeHead previous, Checkpoint current, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (previous.Size > current.Size)
        {
            return VerificationResult.Invalid("log.consistency.shrunk", $"The log shrank from {previous.Size} to {current.Size} entries.");
        }

        IReadOnlyList<byte[]> proof;
        try
        {
            var source = new TileHashSource(_reader, current.Size);
            proof = previous.Size == 0 || previous.Size == current.Size
                ? []
                : await ProofBuilder.CreateConsistencyProofAsync(source, previous.Size, current.Size, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerDataException e)
        {
            return VerificationResult.Invalid(e.Error);
        }

        var verdict = ProofVerifier.VerifyConsistency(previous.Size, current.Size, previous.RootHash, current.GetRootHash(), proof);
        return verdict.IsValid
            ? verdict
            : VerificationResult.Invalid("log.consistency.rewritten", $"The log at size {current.Size} is not an extension of the verified tree of size {previous.Size}: {verdict.Error!.Message}");
    }
}
