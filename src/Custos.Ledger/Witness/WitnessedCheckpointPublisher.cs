using System.Collections.Concurrent;
using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// The log side of witnessing: asks every configured witness to cosign a new checkpoint (sending the consistency proof
/// from the size each witness last cosigned, remembered in memory and corrected once per call from a 409), verifies
/// every cosignature with the witness's key, and returns the checkpoint with the cosignatures appended once a quorum
/// cosigned. Anything less is a failure value: the caller keeps serving its previous checkpoint, so a witness that is
/// down delays publication but never corrupts it. Calls are serialised.
/// </summary>
public sealed class WitnessedCheckpointPublisher : IDisposable
{
    private readonly WitnessingOptions _options;
    private readonly WitnessClient _client;
    private readonly ConcurrentDictionary<string, ulong> _knownSizes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a publisher.</summary>
    /// <param name="options">Valid options (see <see cref="WitnessingOptions.Validate"/>); invalid ones throw.</param>
    /// <param name="client">The witness client.</param>
    public WitnessedCheckpointPublisher(WitnessingOptions options, WitnessClient client)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(options));
        }

        _options = options;
        _client = client;
    }

    /// <summary>The size <paramref name="witness"/> is believed to have cosigned last, if known.</summary>
    /// <param name="witness">The witness name.</param>
    /// <returns>The size, or <see langword="null"/>.</returns>
    public ulong? KnownSize(string witness) => _knownSizes.TryGetValue(witness, out var size) ? size : null;

    /// <summary>Gets <paramref name="signedNote"/> cosigned by a quorum of witnesses.</summary>
    /// <param name="signedNote">The checkpoint note, signed by the log.</param>
    /// <param name="proofs">Builds the consistency proof between two tree sizes of the log (0 &lt; old &lt; new).</param>
    /// <param name="cancellationToken">Cancels the whole call (throws).</param>
    /// <returns>The cosigned note, or which witnesses failed and why.</returns>
    public async Task<WitnessingResult> CosignAsync(
        string signedNote, Func<ulong, ulong, CancellationToken, Task<IReadOnlyList<byte[]>>> proofs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signedNote);
        ArgumentNullException.ThrowIfNull(proofs);
        var note = SignedNote.Parse(signedNote);
        var checkpoint = note.IsSuccess ? Checkpoint.Parse(note.Value.Text) : note.Error;
        if (!checkpoint.IsSuccess)
        {
            return WitnessingResult.Failure(
                new LedgerError("witnessing.note-malformed", $"The note to publish is not a signed checkpoint: {checkpoint.Error.Message}"), new Dictionary<string, NoteSignature>(), []);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var answers = await Task.WhenAll(_options.Witnesses.Select(w => AskAsync(w, signedNote, checkpoint.Value, proofs, cancellationToken))).ConfigureAwait(false);
            var cosignatures = new Dictionary<string, NoteSignature>(StringComparer.Ordinal);
            var failures = new List<WitnessFailure>();
            for (var i = 0; i < answers.Length; i++)
            {
                if (answers[i].Cosignature is { } cosignature)
                {
                    cosignatures[_options.Witnesses[i].Name] = cosignature;
                }
                else
                {
                    failures.Add(answers[i].Failure!);
                }
            }

            if (cosignatures.Count < _options.Quorum)
            {
                return WitnessingResult.Failure(new LedgerError("witnessing.quorum-not-met",
                    $"{cosignatures.Count} of {_options.Witnesses.Count} witnesses cosigned size {checkpoint.Value.Size}; {_options.Quorum} are needed. Keep the previous checkpoint."), cosignatures, failures);
            }

            return WitnessingResult.Success(Append(signedNote, note.Value, cosignatures.Values), cosignatures, failures);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static string Append(string signedNote, SignedNote note, IEnumerable<NoteSignature> cosignatures)
    {
        var builder = new StringBuilder(signedNote);
        foreach (var cosignature in cosignatures)
        {
            if (!note.Signatures.Any(s => s.KeyId == cosignature.KeyId && string.Equals(s.KeyName, cosignature.KeyName, StringComparison.Ordinal)))
            {
                builder.Append(cosignature.FormatLine()).Append('\n');
            }
        }

        return builder.ToString();
    }

    private async Task<(NoteSignature? Cosignature, WitnessFailure? Failure)> AskAsync(
        WitnessEndpoint witness, string signedNote, Checkpoint checkpoint, Func<ulong, ulong, CancellationToken, Task<IReadOnlyList<byte[]>>> proofs, CancellationToken cancellationToken)
    {
        var oldSize = KnownSize(witness.Name) ?? 0;
        for (var attempt = 0; ; attempt++)
        {
            if (oldSize > checkpoint.Size)
            {
                return Failed(witness, WitnessFailureKind.Conflict, "witnessing.witness-ahead",
                    $"The witness cosigned size {oldSize}, larger than this checkpoint's size {checkpoint.Size}.");
            }

            var proof = await ProofAsync(oldSize, checkpoint.Size, proofs, cancellationToken).ConfigureAwait(false);
            if (proof.Failure is { } reason)
            {
                return Failed(witness, WitnessFailureKind.ProofUnavailable, "witnessing.proof-unavailable",
                    $"The consistency proof from {oldSize} to {checkpoint.Size} could not be built: {reason}");
            }

            var response = await SendAsync(witness, oldSize, proof.Hashes!, signedNote, cancellationToken).ConfigureAwait(false);
            switch (response.Kind)
            {
                case WitnessResponseKind.Cosigned:
                    return Verify(witness, checkpoint, response.Cosignatures);
                case WitnessResponseKind.Conflict when attempt == 0 && response.WitnessSize != oldSize:
                    oldSize = response.WitnessSize!.Value;
                    _knownSizes[witness.Name] = oldSize;
                    continue;
                case WitnessResponseKind.Conflict:
                    return (null, new WitnessFailure(witness.Name, WitnessFailureKind.Conflict, response.Error!));
                case WitnessResponseKind.Unreachable:
                    return (null, new WitnessFailure(witness.Name, WitnessFailureKind.Unreachable, response.Error!));
                default:
                    return (null, new WitnessFailure(witness.Name, WitnessFailureKind.Refused, response.Error!));
            }
        }
    }

    private static async Task<(IReadOnlyList<byte[]>? Hashes, string? Failure)> ProofAsync(
        ulong oldSize, ulong newSize, Func<ulong, ulong, CancellationToken, Task<IReadOnlyList<byte[]>>> proofs, CancellationToken cancellationToken)
    {
        if (oldSize == 0 || oldSize == newSize)
        {
            return ([], null);
        }

        try
        {
            var hashes = await proofs(oldSize, newSize, cancellationToken).ConfigureAwait(false);
            return hashes is null || hashes.Count > WitnessProtocol.MaxProofLines || hashes.Any(h => h?.Length != Merkle.MerkleHash.Size)
                ? (null, "the proof provider returned something that is not a consistency proof")
                : (hashes, null);
        }
#pragma warning disable CA1031 // The provider reads the log's storage; any failure of it means this witness is skipped this round, not a crash of the publication.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return (null, exception.Message);
        }
    }

    private async Task<WitnessResponse> SendAsync(WitnessEndpoint witness, ulong oldSize, IReadOnlyList<byte[]> proof, string signedNote, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            return await _client.AddCheckpointAsync(witness.Url, oldSize, proof, signedNote, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WitnessResponse.Unreachable(new LedgerError("witness.client.timeout", $"The witness '{witness.Name}' did not answer within {_options.RequestTimeout}."));
        }
    }

    private (NoteSignature? Cosignature, WitnessFailure? Failure) Verify(WitnessEndpoint witness, Checkpoint checkpoint, IReadOnlyList<NoteSignature> returned)
    {
        var text = checkpoint.Format();
        NoteSignature? valid = null;
        foreach (var signature in returned.Where(s => s.KeyId == witness.Key.KeyId && string.Equals(s.KeyName, witness.Key.Name, StringComparison.Ordinal)))
        {
            var verdict = Cosignature.Verify(witness.Key, text, signature);
            if (!verdict.IsSuccess)
            {
                return (null, new WitnessFailure(witness.Name, WitnessFailureKind.InvalidCosignature, verdict.Error));
            }

            valid ??= signature;
        }

        if (valid is null)
        {
            return Failed(witness, WitnessFailureKind.InvalidCosignature, "witnessing.no-cosignature",
                $"The witness answered without a signature by its configured key {witness.Key.Name}+{witness.Key.KeyId:x8}.");
        }

        _knownSizes[witness.Name] = checkpoint.Size;
        return (valid, null);
    }

    private static (NoteSignature?, WitnessFailure?) Failed(WitnessEndpoint witness, WitnessFailureKind kind, string code, string message) =>
        (null, new WitnessFailure(witness.Name, kind, new LedgerError(code, message)));
}
