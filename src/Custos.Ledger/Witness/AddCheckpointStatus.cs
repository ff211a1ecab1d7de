namespace Custos.Ledger.Witness;

/// <summary>How a witness answered an <c>add-checkpoint</c> request (C2SP tlog-witness), one value per HTTP status.</summary>
public enum AddCheckpointStatus
{
    /// <summary>200: the checkpoint was recorded and cosigned.</summary>
    Cosigned,

    /// <summary>400: the body is malformed, or the old size is larger than the checkpoint size.</summary>
    BadRequest,

    /// <summary>403: no signature on the checkpoint verifies against a key trusted for its origin.</summary>
    Forbidden,

    /// <summary>404: the witness does not witness the checkpoint's origin.</summary>
    UnknownLog,

    /// <summary>409 with a <c>text/x.tlog.size</c> body: the old size is not the size the witness last cosigned.</summary>
    SizeConflict,

    /// <summary>409: the checkpoint has the size the witness last cosigned but a different root (a split view).</summary>
    SplitView,

    /// <summary>422: the consistency proof does not verify.</summary>
    InvalidProof,
}
