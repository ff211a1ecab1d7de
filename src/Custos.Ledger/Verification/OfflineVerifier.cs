using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// Verifies a whole log as an outside party would, from its published resources only: reads the <c>checkpoint</c>,
/// checks its signature and origin, recomputes the tree from every hash tile and entry bundle, and — when a state from an
/// earlier run is given — proves that the new tree extends the one verified then, so a rewritten history is reported
/// as such. Returns the state to remember for the next run.
/// </summary>
public sealed class OfflineVerifier
{
    /// <summary>The path of the checkpoint under the log prefix.</summary>
    public const string CheckpointPath = "checkpoint";

    /// <summary>The largest checkpoint note accepted.</summary>
    public const int MaxCheckpointBytes = 1 << 20;

    private readonly ITileReader _reader;
    private readonly NoteVerifierKey _key;
    private readonly LogVerifier _verifier;

    /// <summary>Creates a verifier.</summary>
    /// <param name="reader">Reads the log (<see cref="HttpTileReader"/>, <see cref="DirectoryTileReader"/>).</param>
    /// <param name="logKey">The log's verifier key.</param>
    /// <param name="expectedOrigin">When given, the checkpoint's origin must equal it.</param>
    public OfflineVerifier(ITileReader reader, NoteVerifierKey logKey, string? expectedOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(logKey);
        _reader = reader;
        _key = logKey;
        _verifier = new LogVerifier(reader, logKey, expectedOrigin);
    }

    /// <summary>Reads the checkpoint note and checks its signature and origin, without reading any tile.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The note text and its checkpoint, or an error.</returns>
    public async Task<LedgerResult<(string Note, Checkpoint Checkpoint)>> ReadCheckpointAsync(CancellationToken cancellationToken = default)
    {
        byte[]? bytes;
        try
        {
            bytes = await _reader.ReadAsync(CheckpointPath, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerDataException e)
        {
            return e.Error;
        }

        if (bytes is null)
        {
            return new LedgerError("checkpoint.missing", "The log has no checkpoint.", CheckpointPath);
        }

        if (bytes.Length > MaxCheckpointBytes)
        {
            return new LedgerError("checkpoint.malformed", $"The checkpoint is {bytes.Length} bytes; at most {MaxCheckpointBytes} are accepted.", CheckpointPath);
        }

        string note;
        try
        {
            note = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new LedgerError("checkpoint.malformed", "The checkpoint is not UTF-8 text.", CheckpointPath);
        }

        var checkpoint = _verifier.VerifyCheckpointNote(note);
        return checkpoint.IsSuccess ? (note, checkpoint.Value) : checkpoint.Error with { Path = checkpoint.Error.Path ?? CheckpointPath };
    }

    /// <summary>
    /// Reads the checkpoint, then verifies the log in full against it and, given the state of an earlier run, its
    /// consistency with the tree verified then.
    /// </summary>
    /// <param name="previous">The state of the last successful run, or <see langword="null"/> on the first run.</param>
    /// <param name="progress">Receives progress after each entry bundle.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report with the state to save, or the first error (naming the bad tile or bundle, or the rewrite).</returns>
    public async Task<LedgerResult<OfflineVerificationReport>> VerifyAsync(
        VerifierState? previous, IProgress<LogVerificationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var read = await ReadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        return read.IsSuccess
            ? await VerifyAsync(read.Value.Note, previous, progress, cancellationToken).ConfigureAwait(false)
            : read.Error;
    }

    /// <summary>
    /// Verifies a signed checkpoint note (such as the one <see cref="ReadCheckpointAsync"/> returned), then the log in
    /// full against it and, given the state of an earlier run, its consistency with the tree verified then.
    /// </summary>
    /// <param name="checkpointNote">The signed checkpoint note; its signature and origin are checked again.</param>
    /// <param name="previous">The state of the last successful run, or <see langword="null"/> on the first run.</param>
    /// <param name="progress">Receives progress after each entry bundle.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report with the state to save, or the first error (naming the bad tile or bundle, or the rewrite).</returns>
    public async Task<LedgerResult<OfflineVerificationReport>> VerifyAsync(
        string checkpointNote, VerifierState? previous, IProgress<LogVerificationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var verified = _verifier.VerifyCheckpointNote(checkpointNote);
        if (!verified.IsSuccess)
        {
            return verified.Error with { Path = verified.Error.Path ?? CheckpointPath };
        }

        var checkpoint = verified.Value;
        if (previous is not null)
        {
            if (!string.Equals(previous.Origin, checkpoint.Origin, StringComparison.Ordinal))
            {
                return new LedgerError("state.other-log", $"The verifier state is for the log '{previous.Origin}', but this checkpoint is from '{checkpoint.Origin}'. Use the state file of this log.");
            }

            if (!previous.IsFor(_key))
            {
                return new LedgerError("state.other-key", $"The verifier state was written trusting key {previous.KeyName}+{previous.KeyId:x8}, not {_key.Name}+{_key.KeyId:x8}. If the log's key really changed, check why before deleting the state.");
            }

            if (previous.Size > checkpoint.Size)
            {
                return new LedgerError("log.consistency.shrunk", $"The log shrank from {previous.Size} entries, verified earlier, to {checkpoint.Size}: its history was rewritten.");
            }
        }

        var audit = new TreeAudit(_reader, checkpoint.Size, progress);
        var verdict = await audit.RunAsync(checkpoint.GetRootHash(), cancellationToken).ConfigureAwait(false);
        if (!verdict.IsValid)
        {
            return verdict.Error!;
        }

        if (previous is not null)
        {
            var consistency = await _verifier.VerifyConsistencyAsync(previous.ToTreeHead(), checkpoint, cancellationToken).ConfigureAwait(false);
            if (!consistency.IsValid)
            {
                return consistency.Error!;
            }
        }

        return new OfflineVerificationReport(checkpoint, VerifierState.From(checkpoint, _key), previous, audit.ResourcesRead);
    }
}
