using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Witness;

/// <summary>
/// A C2SP tlog-witness, without the transport: checks that a checkpoint is signed by its log, consistent with the latest
/// checkpoint cosigned for that log, and never a split view or a step back; records it durably; then cosigns it with a
/// timestamped <c>cosignature/v1</c>. Requests for the same log are serialised, so checking the old size and recording
/// the new one are atomic. Bad input gives a refusal value, never an exception; a failing store throws.
/// </summary>
public sealed class CheckpointWitness : IDisposable
{
    private readonly NoteSignerKey _signer;
    private readonly IWitnessStateStore _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, NoteVerifierKey[]> _keys;
    private readonly Dictionary<string, SemaphoreSlim> _locks;
    private readonly Dictionary<string, DateTimeOffset> _lastTimes = new(StringComparer.Ordinal);

    /// <summary>Creates a witness.</summary>
    /// <param name="signer">The witness's own key, of type <see cref="NoteKeyAlgorithm.CosignatureV1"/>; owned by the caller.</param>
    /// <param name="logs">The logs it witnesses (an origin may appear with several keys).</param>
    /// <param name="store">Where it records the latest cosigned tree head of each log.</param>
    /// <param name="timeProvider">The clock for cosignature timestamps; the system clock by default.</param>
    public CheckpointWitness(NoteSignerKey signer, IEnumerable<WitnessedLog> logs, IWitnessStateStore store, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(store);
        if (signer.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            throw new ArgumentException("A witness signs with a cosignature/v1 (type 0x04) key.", nameof(signer));
        }

        _signer = signer;
        _store = store;
        _time = timeProvider ?? TimeProvider.System;
        _keys = logs.GroupBy(l => l.Origin, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Key).ToArray(), StringComparer.Ordinal);
        _locks = _keys.Keys.ToDictionary(o => o, _ => new SemaphoreSlim(1, 1), StringComparer.Ordinal);
    }

    /// <summary>The witness's verifier key, as logs and clients configure it.</summary>
    public NoteVerifierKey VerifierKey => _signer.VerifierKey;

    /// <summary>The origins of the logs this witness cosigns for.</summary>
    public IReadOnlyCollection<string> Origins => _keys.Keys;

    /// <summary>Handles a raw <c>add-checkpoint</c> request body.</summary>
    /// <param name="body">The UTF-8 body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cosignatures or the refusal.</returns>
    public Task<AddCheckpointResult> AddCheckpointAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var request = AddCheckpointRequest.Parse(body.Span);
        return request.IsSuccess
            ? AddCheckpointAsync(request.Value, cancellationToken)
            : Task.FromResult(AddCheckpointResult.Refused(AddCheckpointStatus.BadRequest, request.Error));
    }

    /// <summary>Checks, records and cosigns a checkpoint, in the order C2SP tlog-witness gives.</summary>
    /// <param name="request">The parsed request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cosignatures or the refusal.</returns>
    public async Task<AddCheckpointResult> AddCheckpointAsync(AddCheckpointRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkpoint = request.Checkpoint;
        if (!_keys.TryGetValue(checkpoint.Origin, out var keys))
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.UnknownLog, new LedgerError(
                "witness.log-unknown", $"This witness does not witness the log '{checkpoint.Origin}'."));
        }

        var verified = request.Note.Verify(keys);
        if (!verified.IsSuccess)
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.Forbidden, new LedgerError(
                "witness.signature-invalid", $"The checkpoint is not validly signed by a key trusted for '{checkpoint.Origin}': {verified.Error.Message}"));
        }

        if (request.OldSize > checkpoint.Size)
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.BadRequest, new LedgerError(
                "witness.old-size-too-large", $"The old size {request.OldSize} is larger than the checkpoint size {checkpoint.Size}."));
        }

        var gate = _locks[checkpoint.Origin];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CheckAndRecordAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var gate in _locks.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<AddCheckpointResult> CheckAndRecordAsync(AddCheckpointRequest request, CancellationToken cancellationToken)
    {
        var checkpoint = request.Checkpoint;
        var stored = await _store.ReadAsync(checkpoint.Origin, cancellationToken).ConfigureAwait(false)
            ?? new TreeHead(0, MerkleHash.EmptyRoot.ToArray());
        if (request.OldSize != stored.Size)
        {
            return AddCheckpointResult.SizeConflict(stored.Size, request.OldSize);
        }

        var newRoot = checkpoint.GetRootHash();
        if (checkpoint.Size == stored.Size && !newRoot.AsSpan().SequenceEqual(stored.RootHash))
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.SplitView, new LedgerError(
                "witness.split-view", $"This witness cosigned a different root for size {stored.Size} of '{checkpoint.Origin}'."));
        }

        if (request.OldSize == 0 && request.Proof.Count != 0)
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.InvalidProof, new LedgerError(
                "witness.proof-invalid", "The consistency proof from size 0 must be empty."));
        }

        var proof = ProofVerifier.VerifyConsistency(stored.Size, checkpoint.Size, stored.RootHash, newRoot, request.Proof);
        if (!proof.IsValid)
        {
            return AddCheckpointResult.Refused(AddCheckpointStatus.InvalidProof, new LedgerError(
                "witness.proof-invalid", $"The consistency proof from size {stored.Size} to {checkpoint.Size} does not verify: {proof.Error!.Message}"));
        }

        if (checkpoint.Size != stored.Size)
        {
            await _store.WriteAsync(checkpoint.Origin, new TreeHead(checkpoint.Size, newRoot), cancellationToken).ConfigureAwait(false);
        }

        return AddCheckpointResult.Cosigned([Cosignature.Sign(_signer, request.Note.Text, NextTime(checkpoint.Origin))]);
    }

    /// <summary>
    /// The time of a new cosignature for <paramref name="origin"/>: now, but never earlier than the last one this witness
    /// gave for the log. A cosignature says "as of this time, this is the largest tree I have seen" (C2SP
    /// tlog-cosignature), so after the clock is stepped back a larger tree must not get an earlier time than a smaller one
    /// did. Called under the log's lock.
    /// </summary>
    private DateTimeOffset NextTime(string origin)
    {
        var now = _time.GetUtcNow();
        if (_lastTimes.TryGetValue(origin, out var last) && last > now)
        {
            now = last;
        }

        _lastTimes[origin] = now;
        return now;
    }
}
