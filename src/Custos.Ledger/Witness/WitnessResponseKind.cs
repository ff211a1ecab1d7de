namespace Custos.Ledger.Witness;

/// <summary>What a witness made of an <c>add-checkpoint</c> call, as the log sees it.</summary>
public enum WitnessResponseKind
{
    /// <summary>200 with well-formed signature lines (not yet verified against the witness key).</summary>
    Cosigned,

    /// <summary>409 with a <c>text/x.tlog.size</c> body: the witness last cosigned another size.</summary>
    Conflict,

    /// <summary>Any other answer: the witness refused the checkpoint or answered something malformed.</summary>
    Refused,

    /// <summary>No answer: connection failure or timeout.</summary>
    Unreachable,
}
