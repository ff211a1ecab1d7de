namespace Custos.Ledger.Witness;

/// <summary>Why one witness did not contribute a cosignature.</summary>
public enum WitnessFailureKind
{
    /// <summary>The witness could not be reached or did not answer in time.</summary>
    Unreachable,

    /// <summary>The witness's known size did not match, even after one retry with the size it reported.</summary>
    Conflict,

    /// <summary>The witness refused the checkpoint (bad proof, split view, unknown log, bad signature) or answered malformed.</summary>
    Refused,

    /// <summary>The witness answered, but no returned signature verified with its configured key.</summary>
    InvalidCosignature,

    /// <summary>The log could not build the consistency proof the witness needs.</summary>
    ProofUnavailable,
}
