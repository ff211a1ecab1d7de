using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>The typed answer of <see cref="WitnessClient.AddCheckpointAsync"/>.</summary>
public sealed class WitnessResponse
{
    private WitnessResponse(WitnessResponseKind kind, IReadOnlyList<NoteSignature> cosignatures, ulong? witnessSize, int? statusCode, LedgerError? error)
    {
        Kind = kind;
        Cosignatures = cosignatures;
        WitnessSize = witnessSize;
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>What happened.</summary>
    public WitnessResponseKind Kind { get; }

    /// <summary>The signature lines returned on success (unverified); empty otherwise.</summary>
    public IReadOnlyList<NoteSignature> Cosignatures { get; }

    /// <summary>The tree size the witness reported on a <see cref="WitnessResponseKind.Conflict"/>.</summary>
    public ulong? WitnessSize { get; }

    /// <summary>The HTTP status code, when the witness answered.</summary>
    public int? StatusCode { get; }

    /// <summary>Why the call did not give cosignatures; <see langword="null"/> on success.</summary>
    public LedgerError? Error { get; }

    /// <summary>A 200 with signature lines.</summary>
    /// <param name="cosignatures">The parsed lines.</param>
    /// <returns>The response.</returns>
    public static WitnessResponse Cosigned(IReadOnlyList<NoteSignature> cosignatures) => new(WitnessResponseKind.Cosigned, cosignatures, null, 200, null);

    /// <summary>A 409 size conflict.</summary>
    /// <param name="witnessSize">The size the witness reported.</param>
    /// <returns>The response.</returns>
    public static WitnessResponse Conflict(ulong witnessSize) => new(
        WitnessResponseKind.Conflict, [], witnessSize, 409, new LedgerError("witness.client.conflict", $"The witness last cosigned size {witnessSize}."));

    /// <summary>A refusal or malformed answer.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">What the witness said, or what was malformed.</param>
    /// <returns>The response.</returns>
    public static WitnessResponse Refused(int statusCode, LedgerError error) => new(WitnessResponseKind.Refused, [], null, statusCode, error);

    /// <summary>No answer.</summary>
    /// <param name="error">The connection failure or timeout.</param>
    /// <returns>The response.</returns>
    public static WitnessResponse Unreachable(LedgerError error) => new(WitnessResponseKind.Unreachable, [], null, null, error);

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"{Kind}" : $"{Kind}: {Error}";
}
